import { assertMayWrite } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { microloanFromInput } from '../microloan-input.js';
import { Microloan } from '../models/index.js';

export const Mutation: MutationResolvers = {
  grantMicroloan: async (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'finance');
    const loan = microloanFromInput(input);
    await Microloan.create(loan);
    return loan;
  },
};
