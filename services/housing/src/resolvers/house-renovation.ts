import type { HouseRenovationResolvers } from '../generated/resolvers-types.js';

export const HouseRenovation: HouseRenovationResolvers = {
  household: (renovation) => ({ id: renovation.householdId }),
  village: (renovation) => ({ code: renovation.villageCode }),
};
