import { assertMayWrite, conflict } from '@pas/platform';
import { idempotent, isDuplicateKey } from '@pas/subgraph-kit';
import { renovationFromInput } from '../domain/renovation-input.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { HouseRenovation, type HouseRenovationDoc } from '../models/index.js';

export const Mutation: MutationResolvers = {
  recordRenovation: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'housing');
    const renovation = renovationFromInput(input);
    return idempotent(ctx, {
      operation: 'recordRenovation',
      key: idempotencyKey,
      args: input,
      write: async () => {
        try {
          await HouseRenovation.create(renovation);
        } catch (error) {
          // The unique householdId: one case per household, however many arrive at once.
          if (!isDuplicateKey(error)) throw error;
          throw conflict(`Household ${renovation.householdId} already has a renovation case`, { field: 'householdId' });
        }
        return renovation;
      },
      idOf: (recorded) => recorded.id,
      reload: (id) => HouseRenovation.findOne({ id }).lean<HouseRenovationDoc>().exec(),
    });
  },
};
