import { load } from '../domain/loaders.js';
import type { HouseholdFinanceResolvers } from '../generated/resolvers-types.js';

export const HouseholdFinance: HouseholdFinanceResolvers = {
  microloans: async (parent, _, ctx) => {
    const loans = await load.microloansOfHousehold(ctx).load(parent.householdId);
    return [...loans].sort((a, b) => a.grantedOn.getTime() - b.grantedOn.getTime());
  },
};
