import { validateCampaignYear } from '@pas/register-rules';
import { load } from '../domain/loaders.js';
import type { HouseholdExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const HouseholdExitAssessment: HouseholdExitAssessmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const household = await load.household(ctx).load(ref.householdId);
    return household && { householdId: household.id, year: validateCampaignYear(ref.year, 'year'), household };
  },
  household: (assessment) => assessment.household,
  members: ({ household }) => household.members.map((member) => ({ ...member, household })),
};
