import type { HouseholdFinanceResolvers, HouseholdResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Household: HouseholdResolvers = {
  // The registry owns households; this subgraph only adds fields keyed by the id.
  __resolveReference: (ref) => ref,
  finance: (household) => ({ householdId: household.id }),
};

export const HouseholdFinance: HouseholdFinanceResolvers = {
  microloans: async (parent, _, ctx) => {
    const loans = await load.microloansOfHousehold(ctx).load(parent.householdId);
    return [...loans].sort((a, b) => a.grantedOn.getTime() - b.grantedOn.getTime());
  },
};
