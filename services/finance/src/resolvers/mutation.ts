import { assertMayWrite } from '@pas/platform';
import { createOnce } from '@pas/subgraph-kit';
import { grantMicroloan } from '../domain/grant-microloan.js';
import { microloanFromInput } from '../domain/microloan-input.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { Microloan } from '../models/index.js';

export const Mutation: MutationResolvers = {
  grantMicroloan: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'finance');
    const loan = microloanFromInput(input);
    return createOnce(ctx, { operation: 'grantMicroloan', key: idempotencyKey, args: input, model: Microloan, record: loan, save: grantMicroloan });
  },
};
