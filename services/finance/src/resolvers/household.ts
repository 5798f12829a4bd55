import { extendHousehold } from '@pas/subgraph-kit';
import type { HouseholdFinanceResolvers, HouseholdResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Household: HouseholdResolvers = extendHousehold('finance');

export const HouseholdFinance: HouseholdFinanceResolvers = {
  microloans: async (parent, _, ctx) => {
    const loans = await load.microloansOfHousehold(ctx).load(parent.householdId);
    return [...loans].sort((a, b) => a.grantedOn.getTime() - b.grantedOn.getTime());
  },
};
