import type { HouseholdHousingResolvers, HouseholdResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Household: HouseholdResolvers = {
  // The registry owns households; this subgraph only adds fields keyed by the id.
  __resolveReference: (ref) => ref,
  housing: (household) => ({ householdId: household.id }),
};

export const HouseholdHousing: HouseholdHousingResolvers = {
  relocation: (parent, _, ctx) => load.relocationOfHousehold(ctx).load(parent.householdId),
  renovation: (parent, _, ctx) => load.renovationOfHousehold(ctx).load(parent.householdId),
  safeHousing: async (parent, _, ctx) => {
    const [relocation, renovation] = await Promise.all([
      load.relocationOfHousehold(ctx).load(parent.householdId),
      load.renovationOfHousehold(ctx).load(parent.householdId),
    ]);
    if (relocation && !relocation.movedIn) return false;
    return !renovation || renovation.completedYear !== null;
  },
};
