import { safeHousingCriterion } from '../domain/exit-criteria.js';
import { load } from '../domain/loaders.js';
import type { HouseholdHousingResolvers } from '../generated/resolvers-types.js';

export const HouseholdHousing: HouseholdHousingResolvers = {
  relocation: (parent, _, ctx) => load.relocationOfHousehold(ctx).load(parent.householdId),
  renovation: (parent, _, ctx) => load.renovationOfHousehold(ctx).load(parent.householdId),
  safeHousing: async (parent, _, ctx) => {
    const [relocation, renovation] = await Promise.all([
      load.relocationOfHousehold(ctx).load(parent.householdId),
      load.renovationOfHousehold(ctx).load(parent.householdId),
    ]);
    return safeHousingCriterion(relocation, renovation, new Date().getUTCFullYear()).verdict === 'MET';
  },
};
