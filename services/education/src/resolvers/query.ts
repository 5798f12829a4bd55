import { assertCountyVisible } from '@pas/register-rules';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { studentAidTotal } from '../domain/aid-total.js';
import { School, SCHOOL_STAGES, StudentEnrolment } from '../models/index.js';

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that would run
// again if awaited twice, and a query runs only once.

export const Query: QueryResolvers = {
  schools: async (_, { countyCode, stage }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    const schools = await School.find({ countyCode, ...(stage ? { stage } : {}) }).lean().exec();
    return schools.sort((a, b) => SCHOOL_STAGES.indexOf(a.stage) - SCHOOL_STAGES.indexOf(b.stage) || a.name.localeCompare(b.name, 'zh'));
  },
  dropouts: (_, { countyCode, schoolYear }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return StudentEnrolment.find({ countyCode, status: 'DROPPED_OUT', ...(schoolYear ? { schoolYear } : {}) })
      .sort({ schoolYear: 1, personId: 1 })
      .lean()
      .exec();
  },
  studentAidTotal: (_, { countyCode, year }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return studentAidTotal(countyCode, year);
  },
};
