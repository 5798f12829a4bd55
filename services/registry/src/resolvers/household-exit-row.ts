import { must } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import type { HouseholdExitRowResolvers } from '../generated/resolvers-types.js';

export const HouseholdExitRow: HouseholdExitRowResolvers = {
  householdId: (row) => row.household.id,
  // The row holds only what the assessment read; the household is read whole when asked for.
  household: async (row, _, ctx) => must(await load.household(ctx).load(row.household.id), `household ${row.household.id}`),
};
