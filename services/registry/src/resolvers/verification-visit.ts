import { must } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import type { VerificationVisitResolvers } from '../generated/resolvers-types.js';

export const VerificationVisit: VerificationVisitResolvers = {
  household: async (visit, _, ctx) => must(await load.household(ctx).load(visit.householdId), `household ${visit.householdId}`),
};
