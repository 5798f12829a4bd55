import type { Rng } from '@pas/seed-kit';
import { studentAidId, type AidKind, type SchoolStage, type StudentAidDoc, type StudentEnrolmentDoc } from '../models/index.js';

/**
 * Aid by stage, yearly amounts in fen with the share of students receiving it. 003 asks for aid
 * 从幼儿园到大学各阶段 without amounts; these are the national and Henan standards of the time.
 */
const AID_BY_STAGE: Record<SchoolStage, readonly { kind: AidKind; amount: number; share: number }[]> = {
  PRESCHOOL: [{ kind: 'PRESCHOOL_SUBSIDY', amount: 100_000, share: 1 }],
  PRIMARY: [
    { kind: 'NUTRITION_MEAL', amount: 80_000, share: 1 },
    { kind: 'BOARDING_ALLOWANCE', amount: 100_000, share: 0.3 },
  ],
  JUNIOR_SECONDARY: [
    { kind: 'NUTRITION_MEAL', amount: 80_000, share: 1 },
    { kind: 'BOARDING_ALLOWANCE', amount: 125_000, share: 0.6 },
  ],
  SENIOR_SECONDARY: [
    { kind: 'NATIONAL_GRANT', amount: 200_000, share: 1 },
    { kind: 'TUITION_WAIVER', amount: 80_000, share: 1 },
  ],
  VOCATIONAL: [
    { kind: 'NATIONAL_GRANT', amount: 200_000, share: 1 },
    { kind: 'TUITION_WAIVER', amount: 200_000, share: 1 },
    { kind: 'RAIN_DEW', amount: 300_000, share: 1 },
  ],
  HIGHER: [
    { kind: 'NATIONAL_GRANT', amount: 330_000, share: 1 },
    { kind: 'RAIN_DEW', amount: 300_000, share: 0.4 },
  ],
};

/** The aid paid in the school year's first calendar year for a child at school (not for one who left). */
export function aidOf(enrolment: StudentEnrolmentDoc, rng: Rng): StudentAidDoc[] {
  if (enrolment.status === 'DROPPED_OUT') return [];
  const year = enrolment.schoolYear;
  return AID_BY_STAGE[enrolment.stage]
    .filter((aid) => aid.share === 1 || rng.chance(aid.share))
    .map((aid) => ({
      id: studentAidId(enrolment.personId, year, aid.kind),
      personId: enrolment.personId,
      householdId: enrolment.householdId,
      countyCode: enrolment.countyCode,
      stage: enrolment.stage,
      kind: aid.kind,
      amount: aid.amount,
      year,
    }));
}
