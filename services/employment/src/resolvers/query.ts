import { assertCountyVisible } from '@pas/register-rules';
import { pageSize } from '@pas/subgraph-kit';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { employmentSummary } from '../domain/summary.js';
import { EmploymentRecord, isPublicWelfarePost, TrainingCourse, Workshop, type EmploymentRecordFields } from '../models/index.js';

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that would run
// again if awaited twice, and a query runs only once.

export const Query: QueryResolvers = {
  workshops: (_, { countyCode }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return Workshop.find({ countyCode }).sort({ villageCode: 1, id: 1 }).lean().exec();
  },
  publicWelfarePosts: async (_, { countyCode, first }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    const size = pageSize(first, { fallback: 200, max: 1_000 });
    const posts = await EmploymentRecord.find({ countyCode, kind: 'PUBLIC_WELFARE_POST', endDate: null })
      .sort({ villageCode: 1, personId: 1 })
      .limit(size)
      .lean<EmploymentRecordFields[]>()
      .exec();
    return posts.filter(isPublicWelfarePost);
  },
  trainingCourses: (_, { countyCode, year }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return TrainingCourse.find({ countyCode, ...(year ? { year } : {}) })
      .sort({ startDate: -1, id: 1 })
      .lean()
      .exec();
  },
  employmentSummary: (_, { countyCode }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return employmentSummary(countyCode);
  },
};
