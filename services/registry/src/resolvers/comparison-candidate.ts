import { load } from '../domain/loaders.js';
import type { ComparisonCandidateResolvers } from '../generated/resolvers-types.js';

export const ComparisonCandidate: ComparisonCandidateResolvers = {
  household: (candidate, _, ctx) => (candidate.household ? load.household(ctx).load(candidate.householdId) : null),
};
