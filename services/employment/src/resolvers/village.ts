import { extendVillage } from '@pas/subgraph-kit';
import type { VillageEmploymentResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Village: VillageResolvers = extendVillage('employment');

export const VillageEmployment: VillageEmploymentResolvers = {
  workshops: (parent, _, ctx) => load.workshopsOfVillage(ctx).load(parent.villageCode),
  publicWelfarePosts: (parent, _, ctx) => load.currentPostsOfVillage(ctx).load(parent.villageCode),
};
