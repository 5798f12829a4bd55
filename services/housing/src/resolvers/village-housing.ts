import { load } from '../domain/loaders.js';
import type { VillageHousingResolvers } from '../generated/resolvers-types.js';

export const VillageHousing: VillageHousingResolvers = {
  drinkingWater: (parent, _, ctx) => load.drinkingWater(ctx).load(parent.villageCode),
  infrastructure: (parent, _, ctx) => load.infrastructure(ctx).load(parent.villageCode),
  relocationsOut: (parent, _, ctx) => load.relocationsFromVillage(ctx).load(parent.villageCode),
};
