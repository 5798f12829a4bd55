import type { CountyResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { householdsPage } from '../households-page.js';
import { Village as VillageModel } from '../models/index.js';
import { load, must } from '../loaders.js';

export const County: CountyResolvers = {
  __resolveReference: (ref, ctx) => load.county(ctx).load(ref.code),
  villages: (county) => VillageModel.find({ countyCode: county.code }).sort({ code: 1 }).lean(),
};

export const Village: VillageResolvers = {
  __resolveReference: (ref, ctx) => load.village(ctx).load(ref.code),
  county: async (village, _, ctx) => must(await load.county(ctx).load(village.countyCode), `county ${village.countyCode}`),
  township: async (village, _, ctx) => must(await load.township(ctx).load(village.townshipCode), `township ${village.townshipCode}`),
  households: (village, { first, after }) => householdsPage({ villageCode: village.code }, first, after),
};
