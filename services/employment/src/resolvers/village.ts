import type { VillageEmploymentResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const Village: VillageResolvers = {
  // The registry owns villages; this subgraph only adds fields keyed by the code.
  __resolveReference: (ref) => ref,
  employment: (village) => ({ villageCode: village.code }),
};

export const VillageEmployment: VillageEmploymentResolvers = {
  workshops: (parent, _, ctx) => load.workshopsOfVillage(ctx).load(parent.villageCode),
  publicWelfarePosts: (parent, _, ctx) => load.currentPostsOfVillage(ctx).load(parent.villageCode),
};
