import { validateCampaignYear } from '@pas/register-rules';
import { must } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import type { HouseholdResolvers } from '../generated/resolvers-types.js';

export const Household: HouseholdResolvers = {
  __resolveReference: (ref, ctx) => load.household(ctx).load(ref.id),
  village: async (household, _, ctx) => must(await load.village(ctx).load(household.villageCode), `village ${household.villageCode}`),
  members: (household) => household.members.map((member) => ({ ...member, household })),
  helper: (household) => household.helper ?? null,
  incomes: (household) => household.incomes ?? [],
  verificationVisits: async (household, _, ctx) => [...(await load.visitsOfHousehold(ctx).load(household.id))].sort((a, b) => a.visitedOn.getTime() - b.visitedOn.getTime()),
  exitAssessment: (household, { year }) => ({ householdId: household.id, year: validateCampaignYear(year, 'year'), household }),
};
