import type { VillageHealthResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const VillageHealth: VillageHealthResolvers = {
  clinic: (parent, _, ctx) => load.clinic(ctx).load(parent.villageCode),
};
