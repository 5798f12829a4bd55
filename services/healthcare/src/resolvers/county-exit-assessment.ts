import { assessmentReference, groupBy, householdVerdict, recordSignals } from '@pas/subgraph-kit';
import { largeOutOfPocket } from '../domain/signals.js';
import { medicalInsuranceCriterion } from '../domain/coverage.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { InsuranceEnrolment, MedicalClaim, type InsuranceEnrolmentDoc, type MedicalClaimDoc } from '../models/index.js';

// A county's year is read whole: only the fields the judgement needs.
const ENROLMENT_FIELDS = { householdId: 1, personId: 1, year: 1, basicMedical: 1 };

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  medicalInsurance: async ({ countyCode, year, roster }) => {
    const enrolments = await InsuranceEnrolment.find({ countyCode, year }, ENROLMENT_FIELDS).lean<InsuranceEnrolmentDoc[]>();
    const byHousehold = groupBy(enrolments, (enrolment) => enrolment.householdId);
    return (roster ?? []).map((household) => householdVerdict(household.id, medicalInsuranceCriterion(household.members, byHousehold.get(household.id) ?? [], year)));
  },
  healthSignals: async ({ countyCode, year, roster }) => {
    const [enrolments, claims] = await Promise.all([
      InsuranceEnrolment.find({ countyCode, year }, ENROLMENT_FIELDS).lean<InsuranceEnrolmentDoc[]>(),
      MedicalClaim.find({ countyCode, treatedOn: { $gte: new Date(Date.UTC(year, 0, 1)), $lt: new Date(Date.UTC(year + 1, 0, 1)) } }, { householdId: 1, personId: 1, outOfPocket: 1 }).lean<MedicalClaimDoc[]>(),
    ]);
    return [...largeOutOfPocket(claims), ...recordSignals('healthcare', [...enrolments, ...claims], roster ?? [])];
  },
};
