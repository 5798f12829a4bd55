import type { Rng } from '@pas/seed-kit';
import { studentAidId, type AidKind, type SchoolStage, type StudentAidDoc, type StudentEnrolmentDoc } from '../models/index.js';

/**
 * Aid by stage, yearly amounts in fen with the share of students receiving it. 003 asks for aid
 * 从幼儿园到大学各阶段 without amounts; these are the national and Henan standards of the time.
 */
type StageAid = { kind: AidKind; amount: number; share: number };
const aid = (kind: AidKind, amount: number, share = 1): StageAid => ({ kind, amount, share });

const AID_BY_STAGE: Record<SchoolStage, readonly StageAid[]> = {
  PRESCHOOL: [aid('PRESCHOOL_SUBSIDY', 100_000)],
  PRIMARY: [aid('NUTRITION_MEAL', 80_000), aid('BOARDING_ALLOWANCE', 100_000, 0.3)],
  JUNIOR_SECONDARY: [aid('NUTRITION_MEAL', 80_000), aid('BOARDING_ALLOWANCE', 125_000, 0.6)],
  SENIOR_SECONDARY: [aid('NATIONAL_GRANT', 200_000), aid('TUITION_WAIVER', 80_000)],
  VOCATIONAL: [aid('NATIONAL_GRANT', 200_000), aid('TUITION_WAIVER', 200_000), aid('RAIN_DEW', 300_000)],
  HIGHER: [aid('NATIONAL_GRANT', 330_000), aid('RAIN_DEW', 300_000, 0.4)],
};

/** The aid paid in the school year's first calendar year for a child at school (not for one who left). */
export function aidOf(enrolment: StudentEnrolmentDoc, rng: Rng): StudentAidDoc[] {
  if (enrolment.status === 'DROPPED_OUT') return [];
  const year = enrolment.schoolYear;
  return AID_BY_STAGE[enrolment.stage]
    .filter((stageAid) => stageAid.share === 1 || rng.chance(stageAid.share))
    .map((stageAid) => ({
      id: studentAidId(enrolment.personId, year, stageAid.kind),
      personId: enrolment.personId,
      householdId: enrolment.householdId,
      countyCode: enrolment.countyCode,
      stage: enrolment.stage,
      kind: stageAid.kind,
      amount: stageAid.amount,
      year,
    }));
}
