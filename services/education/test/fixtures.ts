import { School, StudentAid, StudentEnrolment, studentAidId, studentEnrolmentId, type AidKind } from '../src/models/index.js';

export const VILLAGE = '410326100201';
export const householdIds = Array.from({ length: 20 }, (_, i) => `H${VILLAGE}${String(i + 1).padStart(4, '0')}`);
/** The child of the sixth household dropped out of primary school; the seventh's came back. */
export const DROPOUT = `${householdIds[5]}-3`;

/**
 * 汝阳's schools and 20 households of one village with a child each: 15 at primary school, 5 at
 * the vocational school. One 嵩县 primary school and dropout besides.
 */
export async function insertEducation(): Promise<void> {
  await School.insertMany([
    { id: 'SC-410326100-K', name: '汝阳县城关镇中心幼儿园', stage: 'PRESCHOOL', countyCode: '410326', townshipCode: '410326100' },
    { id: 'SC-410326100-P', name: '汝阳县城关镇中心小学', stage: 'PRIMARY', countyCode: '410326', townshipCode: '410326100' },
    { id: 'SC-410326-V', name: '汝阳县职业教育中心', stage: 'VOCATIONAL', countyCode: '410326', townshipCode: null },
    { id: 'SC-410326-H', name: '汝阳县广播电视大学', stage: 'HIGHER', countyCode: '410326', townshipCode: null },
    { id: 'SC-410325100-P', name: '嵩县城关镇中心小学', stage: 'PRIMARY', countyCode: '410325', townshipCode: '410325100' },
  ]);
  const enrolments = householdIds.map((householdId, i) => {
    const personId = `${householdId}-3`;
    const vocational = i >= 15;
    const status = i === 5 ? 'DROPPED_OUT' : i === 6 ? 'RETURNED' : 'ENROLLED';
    return {
      id: studentEnrolmentId(personId, 2019),
      personId,
      householdId,
      villageCode: VILLAGE,
      countyCode: '410326',
      schoolId: vocational ? 'SC-410326-V' : 'SC-410326100-P',
      stage: vocational ? 'VOCATIONAL' : 'PRIMARY',
      schoolYear: 2019,
      status,
      statusDate: status === 'ENROLLED' ? new Date('2019-09-01') : new Date('2019-11-15'),
      note: status === 'DROPPED_OUT' ? '外出务工' : status === 'RETURNED' ? '驻村工作队入户劝返' : null,
    } as const;
  });
  await StudentEnrolment.insertMany([
    ...enrolments,
    { id: 'SE-H4103251002010001-3-2019', personId: 'H4103251002010001-3', householdId: 'H4103251002010001', villageCode: '410325100201', countyCode: '410325', schoolId: 'SC-410325100-P', stage: 'PRIMARY', schoolYear: 2019, status: 'DROPPED_OUT', statusDate: new Date('2020-03-02'), note: '厌学' },
  ]);
  await StudentAid.insertMany(
    enrolments
      .filter((e) => e.status !== 'DROPPED_OUT')
      .flatMap((e) =>
        (e.stage === 'PRIMARY' ? ([['NUTRITION_MEAL', 80_000]] as const) : ([['NATIONAL_GRANT', 200_000], ['RAIN_DEW', 300_000]] as const)).map(([kind, amount]: readonly [AidKind, number]) => ({
          id: studentAidId(e.personId, 2019, kind),
          personId: e.personId,
          householdId: e.householdId,
          countyCode: '410326',
          stage: e.stage,
          kind,
          amount,
          year: 2019,
        })),
      ),
  );
}

/**
 * A household as the gateway sends it (@requires): the head, of school age long ago, and the
 * child of compulsory-school age in 2019 (primary) or past it (vocational).
 */
export function householdRepresentation(householdId: string, index = householdIds.indexOf(householdId)) {
  return {
    __typename: 'Household',
    id: householdId,
    members: [
      { id: `${householdId}-1`, schoolEntryYear: 1986 },
      { id: `${householdId}-3`, schoolEntryYear: index >= 15 ? 2008 : 2014 },
    ],
  };
}
