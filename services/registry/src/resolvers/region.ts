import { assertCountyVisible } from '@pas/register-rules';
import type { CountyResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { householdsPage } from '../households-page.js';
import { Village as VillageModel } from '../models/index.js';
import { incidenceRate, loadCounts } from '../counts.js';
import { load, must } from '../loaders.js';

export const County: CountyResolvers = {
  __resolveReference: (ref, ctx) => load.county(ctx).load(ref.code),
  villages: (county) => VillageModel.find({ countyCode: county.code }).sort({ code: 1 }).lean().exec(),
  registerCounts: (county, _, ctx) => loadCounts.county(ctx).load(county.code),
  incidenceRate: async (county, _, ctx) => incidenceRate((await loadCounts.county(ctx).load(county.code)).poorPeople, county.ruralPopulation),
};

export const Village: VillageResolvers = {
  __resolveReference: (ref, ctx) => load.village(ctx).load(ref.code),
  county: async (village, _, ctx) => must(await load.county(ctx).load(village.countyCode), `county ${village.countyCode}`),
  township: async (village, _, ctx) => must(await load.township(ctx).load(village.townshipCode), `township ${village.townshipCode}`),
  households: (village, { first, after }, ctx) => {
    assertCountyVisible(ctx.caller, village.countyCode);
    return householdsPage({ villageCode: village.code }, first, after);
  },
  firstSecretary: (village) => village.firstSecretary ?? null,
  workTeam: (village) => village.workTeam ?? [],
  registerCounts: (village, _, ctx) => loadCounts.village(ctx).load(village.code),
  incidenceRate: async (village, _, ctx) => incidenceRate((await loadCounts.village(ctx).load(village.code)).poorPeople, village.ruralPopulation),
};
