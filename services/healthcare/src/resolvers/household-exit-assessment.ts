import { assessmentReference } from '@pas/subgraph-kit';
import { medicalInsuranceCriterion } from '../domain/coverage.js';
import { load } from '../domain/loaders.js';
import type { HouseholdExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const HouseholdExitAssessment: HouseholdExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  medicalInsurance: async (assessment, _, ctx) =>
    medicalInsuranceCriterion(assessment.members ?? null, await load.enrolmentsOfHousehold(ctx).load(assessment.householdId), assessment.year),
};
