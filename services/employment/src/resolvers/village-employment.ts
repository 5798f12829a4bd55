import type { VillageEmploymentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const VillageEmployment: VillageEmploymentResolvers = {
  workshops: (parent, _, ctx) => load.workshopsOfVillage(ctx).load(parent.villageCode),
  publicWelfarePosts: (parent, _, ctx) => load.currentPostsOfVillage(ctx).load(parent.villageCode),
};
