import { assertMayWrite } from '@pas/platform';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { postFromInput, transferFromInput } from '../domain/employment-input.js';
import { saveJobOnce } from '../domain/save-job.js';

export const Mutation: MutationResolvers = {
  recordTransferEmployment: (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'employment');
    return saveJobOnce(ctx, 'recordTransferEmployment', idempotencyKey, input, transferFromInput(input));
  },
  assignPublicWelfarePost: (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'employment');
    return saveJobOnce(ctx, 'assignPublicWelfarePost', idempotencyKey, input, postFromInput(input));
  },
};
