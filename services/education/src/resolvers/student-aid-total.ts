import type { StudentAidTotalResolvers } from '../generated/resolvers-types.js';

export const StudentAidTotal: StudentAidTotalResolvers = {
  county: (total) => ({ code: total.countyCode }),
};
