import { assertMayWrite } from '@pas/platform';
import { idempotent } from '@pas/subgraph-kit';
import { grantMicroloan } from '../domain/grant-microloan.js';
import { microloanFromInput } from '../domain/microloan-input.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { Microloan, type MicroloanDoc } from '../models/index.js';

export const Mutation: MutationResolvers = {
  grantMicroloan: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'finance');
    const loan = microloanFromInput(input);
    return idempotent(ctx, {
      operation: 'grantMicroloan',
      key: idempotencyKey,
      args: input,
      write: async (remember) => {
        await remember(loan.id);
        return grantMicroloan(loan);
      },
      idOf: (granted) => granted.id,
      reload: (id) => Microloan.findOne({ id }).lean<MicroloanDoc>().exec(),
    });
  },
};
