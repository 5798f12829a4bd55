import { countyScope } from '@pas/platform';
import { assertCountyVisible } from '@pas/register-rules';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';
import { Department, Headquarters, Inspection, RectificationIssue } from '../models/index.js';

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that the server's
// instrumentation and graphql-js would each run, and a query runs only once.
export const Query: QueryResolvers = {
  headquarters: () => Headquarters.find().sort({ rank: 1 }).lean().exec(),
  headquartersByCode: (_, { code }, ctx) => load.headquarters(ctx).load(code),
  departments: () => Department.find().sort({ code: 1 }).lean().exec(),
  inspections: (_, { countyCode }, ctx) => {
    if (countyCode) assertCountyVisible(ctx.caller, countyCode);
    const county = countyCode ?? countyScope(ctx.caller);
    return Inspection.find(county ? { countyCode: county } : {})
      .sort({ date: -1, id: 1 })
      .lean()
      .exec();
  },
  rectificationIssues: (_, { status }, ctx) => {
    const county = countyScope(ctx.caller);
    return RectificationIssue.find({ ...(status ? { status } : {}), ...(county ? { countyCode: county } : {}) })
      .sort({ deadline: 1, id: 1 })
      .lean()
      .exec();
  },
};
