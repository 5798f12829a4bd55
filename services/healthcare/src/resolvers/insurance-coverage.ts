import type { InsuranceCoverageResolvers } from '../generated/resolvers-types.js';

export const InsuranceCoverage: InsuranceCoverageResolvers = {
  county: (coverage) => ({ code: coverage.countyCode }),
};
