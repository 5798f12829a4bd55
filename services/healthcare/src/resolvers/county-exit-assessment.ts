import { assessmentReference, groupBy, householdVerdict } from '@pas/subgraph-kit';
import { medicalInsuranceCriterion } from '../domain/coverage.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { InsuranceEnrolment, type InsuranceEnrolmentDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  medicalInsurance: async ({ countyCode, year, roster }) => {
    const enrolments = await InsuranceEnrolment.find({ countyCode, year }).lean<InsuranceEnrolmentDoc[]>();
    const byHousehold = groupBy(enrolments, (enrolment) => enrolment.householdId);
    return (roster ?? []).map((household) => householdVerdict(household.id, medicalInsuranceCriterion(household.members, byHousehold.get(household.id) ?? [], year)));
  },
};
