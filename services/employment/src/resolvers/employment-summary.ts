import type { EmploymentSummaryResolvers } from '../generated/resolvers-types.js';

export const EmploymentSummary: EmploymentSummaryResolvers = {
  county: (summary) => ({ code: summary.countyCode }),
};
