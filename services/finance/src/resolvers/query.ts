import { assertCountyVisible } from '@pas/register-rules';
import { pageSize } from '@pas/subgraph-kit';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { IndustryProject, Microloan, PovertyFund } from '../models/index.js';

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that the server's
// instrumentation and graphql-js would each run, and a query runs only once.
export const Query: QueryResolvers = {
  povertyFunds: (_, { countyCode }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return PovertyFund.find({ countyCode }).sort({ year: 1 }).lean().exec();
  },
  microloans: (_, { countyCode, first }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    const size = pageSize(first, { fallback: 50, max: 200 });
    return Microloan.find({ countyCode }).sort({ grantedOn: -1, id: 1 }).limit(size).lean().exec();
  },
  industryProjects: (_, { countyCode, kind }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return IndustryProject.find({ countyCode, ...(kind ? { kind } : {}) })
      .sort({ id: 1 })
      .lean()
      .exec();
  },
};
