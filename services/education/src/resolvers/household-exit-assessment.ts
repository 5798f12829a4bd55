import { assessmentReference } from '@pas/subgraph-kit';
import { compulsoryEducationCriterion } from '../domain/compulsory-education.js';
import { load } from '../domain/loaders.js';
import type { HouseholdExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const HouseholdExitAssessment: HouseholdExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  compulsoryEducation: async (assessment, _, ctx) =>
    compulsoryEducationCriterion(assessment.members ?? null, await load.enrolmentsOfHousehold(ctx).load(assessment.householdId), assessment.year),
};
