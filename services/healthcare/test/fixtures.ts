import { HealthCertificate, InsuranceEnrolment, MedicalClaim, VillageClinic, insuranceEnrolmentId } from '../src/models/index.js';

export const VILLAGE = '410326100201';
export const householdIds = Array.from({ length: 20 }, (_, i) => `H${VILLAGE}${String(i + 1).padStart(4, '0')}`);

/**
 * 20 households of one 汝阳 village, two members each, insured in 2019 and 2020 except the
 * last household's second member in 2019; odd-numbered heads hold a chronic-disease card, the
 * third head a disability certificate; every head had one hospital stay in 2019. One 嵩县
 * person and clinic besides.
 */
export async function insertHealth(): Promise<void> {
  const members = [...householdIds.flatMap((h) => [`${h}-1`, `${h}-2`]), 'H4103251002010001-1'];
  await InsuranceEnrolment.insertMany(
    members.flatMap((personId) =>
      [2019, 2020].map((year) => {
        const basicMedical = !(personId === `${householdIds[19]}-2` && year === 2019);
        return {
          id: insuranceEnrolmentId(personId, year),
          personId,
          householdId: personId.slice(0, -2),
          villageCode: personId.slice(1, 13),
          countyCode: personId.slice(1, 7),
          year,
          basicMedical,
          criticalIllness: basicMedical,
          medicalAssistance: personId.endsWith('-1'),
        };
      }),
    ),
  );
  await HealthCertificate.insertMany([
    ...householdIds
      .filter((_, i) => i % 2 === 0)
      .map((householdId) => ({ id: `CC-${householdId}-1-1`, kind: 'CHRONIC_DISEASE_CARD', personId: `${householdId}-1`, householdId, countyCode: '410326', issuedOn: new Date('2017-04-01'), disease: '高血压病' })),
    { id: `DC-${householdIds[2]}-1`, kind: 'DISABILITY_CERTIFICATE', personId: `${householdIds[2]}-1`, householdId: householdIds[2], countyCode: '410326', issuedOn: new Date('2015-06-01'), disabilityCategory: 'PHYSICAL', disabilityGrade: 2 },
  ]);
  await MedicalClaim.insertMany(
    householdIds.map((householdId, i) => ({
      id: `MC-${householdId}-1-20190510-I`,
      personId: `${householdId}-1`,
      householdId,
      countyCode: '410326',
      kind: 'INPATIENT',
      diagnosis: '肺炎',
      hospital: '汝阳县人民医院',
      hospitalLevel: 'COUNTY',
      treatedOn: new Date(`2019-05-${String(10 + (i % 10)).padStart(2, '0')}`),
      totalCost: 1_000_000,
      basicInsurance: 700_000,
      criticalIllnessInsurance: 0,
      medicalAssistance: 200_000,
      outOfPocket: 100_000,
      payAfterTreatment: true,
    })),
  );
  await VillageClinic.insertMany([
    { villageCode: VILLAGE, countyCode: '410326', name: '东街村卫生室', standardized: true, standardizedYear: 2018, areaM2: 95, villageDoctors: 2, remoteCare: true, remoteCareSince: new Date('2019-09-01') },
    { villageCode: '410325100201', countyCode: '410325', name: '南关村卫生室', standardized: false, standardizedYear: null, areaM2: 60, villageDoctors: 1, remoteCare: true, remoteCareSince: new Date('2018-07-31') },
  ]);
}
