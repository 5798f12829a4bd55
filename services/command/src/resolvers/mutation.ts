import { assertMayWrite } from '@pas/platform';
import { closeRectificationIssue } from '../domain/close-rectification-issue.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  closeRectificationIssue: (_, { id, version }, ctx) => {
    assertMayWrite(ctx.caller, 'command');
    return closeRectificationIssue(id, version, ctx.caller);
  },
};
