import type { Rng, SeedHousehold, SeedPerson } from '@pas/seed-kit';
import { medicalClaimId, type HealthCertificateDoc, type HospitalLevel, type InsuranceEnrolmentDoc, type MedicalClaimDoc } from '../models/index.js';
import { ACUTE_CONDITIONS } from './diseases.js';
import { settle } from './settlement.js';

// The seed's records run to the end of June 2020.
const LAST_MONTH: Record<number, number> = { 2019: 11, 2020: 5 };
const CITY_HOSPITALS = ['河南科技大学第一附属医院', '洛阳市中心医院'];
const PROVINCE_HOSPITALS = ['河南省人民医院', '郑州大学第一附属医院'];

function pickLevel(rng: Rng, serious: boolean): HospitalLevel {
  const roll = rng.next();
  // 001: 县域就诊率提高到90%左右; serious illness goes to the city or province more often.
  if (serious) return roll < 0.45 ? 'COUNTY' : roll < 0.8 ? 'CITY' : 'PROVINCE';
  return roll < 0.2 ? 'TOWNSHIP' : roll < 0.85 ? 'COUNTY' : roll < 0.97 ? 'CITY' : 'PROVINCE';
}

interface Visit {
  kind: MedicalClaimDoc['kind'];
  diagnosis: string;
  /** Fen, lowest and highest. */
  cost: [number, number];
  serious: boolean;
}

/** A person's treatments in a year: hospital stays, and a card holder's outpatient settlements. */
function visitsOf(person: SeedPerson, card: string | undefined, rng: Rng): Visit[] {
  const visits: Visit[] = [];
  if (person.healthStatus === 'SERIOUS_ILLNESS') {
    for (let i = rng.int(1, 3); i > 0; i--) visits.push({ kind: 'INPATIENT', diagnosis: card ?? rng.pick(ACUTE_CONDITIONS), cost: [2_000_000, 15_000_000], serious: true });
  } else if (person.healthStatus === 'DISABLED' ? rng.chance(0.25) : rng.chance(0.03)) {
    visits.push({ kind: 'INPATIENT', diagnosis: rng.pick(ACUTE_CONDITIONS), cost: [200_000, 3_000_000], serious: false });
  }
  // Outpatient chronic-disease costs are settled every half year.
  if (card) visits.push({ kind: 'CHRONIC_OUTPATIENT', diagnosis: card, cost: [40_000, 300_000], serious: false });
  return visits;
}

export interface ClaimPlace {
  countyName: string;
  townshipName: string;
}

/**
 * A person's settled treatments in each year they had basic insurance, with the share each
 * payer bore under the rules of the time (see settle).
 */
export function claimsOf(
  person: SeedPerson,
  household: SeedHousehold,
  cover: InsuranceEnrolmentDoc[],
  certificates: HealthCertificateDoc[],
  place: ClaimPlace,
  rng: Rng,
): MedicalClaimDoc[] {
  const card = certificates.find((c) => c.kind === 'CHRONIC_DISEASE_CARD')?.disease;
  const claims: MedicalClaimDoc[] = [];
  for (const enrolment of cover) {
    if (!enrolment.basicMedical) continue;
    for (const visit of visitsOf(person, card, rng)) {
      const level = visit.kind === 'CHRONIC_OUTPATIENT' ? (rng.chance(0.7) ? 'TOWNSHIP' : 'COUNTY') : pickLevel(rng, visit.serious);
      const treatedOn = new Date(Date.UTC(enrolment.year, rng.int(0, LAST_MONTH[enrolment.year] ?? 11), rng.int(1, 28)));
      const id = medicalClaimId(person.id, visit.kind, treatedOn);
      if (claims.some((claim) => claim.id === id)) continue;
      const totalCost = rng.int(visit.cost[0] / 100, visit.cost[1] / 100) * 100;
      const shares = settle(totalCost, visit.kind, level, enrolment);
      claims.push({
        id,
        personId: person.id,
        householdId: household.id,
        countyCode: household.countyCode,
        kind: visit.kind,
        diagnosis: visit.diagnosis,
        hospital: level === 'TOWNSHIP' ? `${place.townshipName}卫生院` : level === 'COUNTY' ? `${place.countyName}人民医院` : rng.pick(level === 'CITY' ? CITY_HOSPITALS : PROVINCE_HOSPITALS),
        hospitalLevel: level,
        treatedOn,
        totalCost,
        basicInsurance: shares.basicInsurance,
        criticalIllnessInsurance: shares.criticalIllnessInsurance,
        medicalAssistance: shares.medicalAssistance,
        outOfPocket: shares.outOfPocket,
        // 003: 全面推行特困群众先诊疗后付费制度, in the county's own hospitals.
        payAfterTreatment: visit.kind === 'INPATIENT' && (level === 'TOWNSHIP' || level === 'COUNTY'),
      });
    }
  }
  return claims;
}
