import { assertCountyVisible, validateCampaignYear } from '@pas/register-rules';
import { must } from '@pas/subgraph-kit';
import { incidenceRate, loadCounts } from '../domain/counts.js';
import { householdsPage } from '../domain/households-page.js';
import { load } from '../domain/loaders.js';
import type { VillageResolvers } from '../generated/resolvers-types.js';

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
  exitAssessment: (village, { year }) => ({ villageCode: village.code, year: validateCampaignYear(year, 'year'), village }),
};
