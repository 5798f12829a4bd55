import { badUserInput } from '@pas/platform';
import { assertCountyVisible } from '@pas/register-rules';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { IndustryProject, Microloan, PovertyFund } from '../models/index.js';

const MAX_MICROLOANS = 200;

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that the server's
// instrumentation and graphql-js would each run, and a query runs only once.
export const Query: QueryResolvers = {
  povertyFunds: (_, { countyCode }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return PovertyFund.find({ countyCode }).sort({ year: 1 }).lean().exec();
  },
  microloans: (_, { countyCode, first }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 0 || size > MAX_MICROLOANS) {
      throw badUserInput(`first must be between 0 and ${MAX_MICROLOANS}`, { argument: 'first' });
    }
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
