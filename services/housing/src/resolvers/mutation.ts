import { assertMayWrite } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { HouseRenovation } from '../models/index.js';
import { renovationFromInput } from '../renovation-input.js';

export const Mutation: MutationResolvers = {
  recordRenovation: async (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'housing');
    const renovation = renovationFromInput(input);
    // The unique householdId turns a second case for the same household into a CONFLICT.
    await HouseRenovation.create(renovation);
    return renovation;
  },
};
