import { assertCountyVisible } from '@pas/register-rules';
import { pageSize } from '@pas/subgraph-kit';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { HouseRenovation, ResettlementSite } from '../models/index.js';

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that the server's
// instrumentation and graphql-js would each run, and a query runs only once.

export const Query: QueryResolvers = {
  resettlementSites: (_, { countyCode }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return ResettlementSite.find({ countyCode }).sort({ name: 1, id: 1 }).lean().exec();
  },
  renovations: (_, { countyCode, grade, first }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    const size = pageSize(first, { fallback: 100, max: 500 });
    return HouseRenovation.find({ countyCode, ...(grade ? { grade } : {}) })
      .sort({ householdId: 1 })
      .limit(size)
      .lean()
      .exec();
  },
};
