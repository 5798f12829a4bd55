import type { VillageHousingResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Village: VillageResolvers = {
  // The registry owns villages; this subgraph only adds fields keyed by the code.
  __resolveReference: (ref) => ref,
  housing: (village) => ({ villageCode: village.code }),
};

export const VillageHousing: VillageHousingResolvers = {
  drinkingWater: (parent, _, ctx) => load.drinkingWater(ctx).load(parent.villageCode),
  infrastructure: (parent, _, ctx) => load.infrastructure(ctx).load(parent.villageCode),
  relocationsOut: (parent, _, ctx) => load.relocationsFromVillage(ctx).load(parent.villageCode),
};
