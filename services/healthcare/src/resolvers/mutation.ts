import { assertMayWrite } from '@pas/platform';
import { upsertOnce } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { claimFromInput, enrolmentFromInput } from '../domain/health-input.js';
import { InsuranceEnrolment, MedicalClaim } from '../models/index.js';
import { claimDigest, enrolmentDigest } from '../domain/digests.js';

// Both records are stored under an id made of their natural key.

export const Mutation: MutationResolvers = {
  enrolInsurance: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'healthcare');
    const enrolment = enrolmentFromInput(input);
    return upsertOnce(ctx, { operation: 'enrolInsurance', key: idempotencyKey, args: input, model: InsuranceEnrolment, build: () => enrolment, digest: enrolmentDigest });
  },
  recordClaim: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'healthcare');
    // Built inside the write: whether the person is insured that year is read from the database.
    return upsertOnce(ctx, { operation: 'recordClaim', key: idempotencyKey, args: input, model: MedicalClaim, build: () => claimFromInput(input), digest: claimDigest });
  },
};
