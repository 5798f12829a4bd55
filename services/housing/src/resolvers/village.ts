import { extendVillage } from '@pas/subgraph-kit';
import type { VillageHousingResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Village: VillageResolvers = extendVillage('housing');

export const VillageHousing: VillageHousingResolvers = {
  drinkingWater: (parent, _, ctx) => load.drinkingWater(ctx).load(parent.villageCode),
  infrastructure: (parent, _, ctx) => load.infrastructure(ctx).load(parent.villageCode),
  relocationsOut: (parent, _, ctx) => load.relocationsFromVillage(ctx).load(parent.villageCode),
};
