import { validateCampaignYear } from '@pas/register-rules';
import { incidenceRate, loadCounts } from '../domain/counts.js';
import { load } from '../domain/loaders.js';
import type { CountyResolvers } from '../generated/resolvers-types.js';
import { Village } from '../models/index.js';

export const County: CountyResolvers = {
  __resolveReference: (ref, ctx) => load.county(ctx).load(ref.code),
  villages: (county) => Village.find({ countyCode: county.code }).sort({ code: 1 }).lean().exec(),
  registerCounts: (county, _, ctx) => loadCounts.county(ctx).load(county.code),
  incidenceRate: async (county, _, ctx) => incidenceRate((await loadCounts.county(ctx).load(county.code)).poorPeople, county.ruralPopulation),
  exitAssessment: (county, { year }) => ({ countyCode: county.code, year: validateCampaignYear(year, 'year'), county }),
};
