import { assertMayWrite } from '@pas/platform';
import { upsertOnce } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { enrolmentFromInput } from '../domain/enrolment-input.js';
import { StudentEnrolment } from '../models/index.js';
import { enrolmentDigest } from '../domain/digests.js';

export const Mutation: MutationResolvers = {
  recordEnrolment: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'education');
    // Built inside the write: the child's record that year is read from the database. Stored
    // under the child and school year.
    return upsertOnce(ctx, { operation: 'recordEnrolment', key: idempotencyKey, args: input, model: StudentEnrolment, build: () => enrolmentFromInput(input), digest: enrolmentDigest });
  },
};
