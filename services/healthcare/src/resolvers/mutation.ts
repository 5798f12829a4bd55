import { assertMayWrite, idempotent } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { claimFromInput, enrolmentFromInput } from '../health-input.js';
import { InsuranceEnrolment, MedicalClaim, type InsuranceEnrolmentDoc, type MedicalClaimDoc } from '../models/index.js';

// Both records are written whole under an id made of their natural key, so sending one twice
// changes one document; the idempotency key makes a retry answer the first write's record.

export const Mutation: MutationResolvers = {
  enrolInsurance: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'healthcare');
    const enrolment = enrolmentFromInput(input);
    return idempotent(ctx, {
      operation: 'enrolInsurance',
      key: idempotencyKey,
      args: input,
      write: async () => {
        await InsuranceEnrolment.updateOne({ id: enrolment.id }, { $set: enrolment }, { upsert: true, runValidators: true }).exec();
        return enrolment;
      },
      idOf: (written) => written.id,
      reload: (id) => InsuranceEnrolment.findOne({ id }).lean<InsuranceEnrolmentDoc>().exec(),
    });
  },
  recordClaim: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'healthcare');
    return idempotent(ctx, {
      operation: 'recordClaim',
      key: idempotencyKey,
      args: input,
      // Checked inside: whether the person is insured that year is read from the database.
      write: async () => {
        const claim = await claimFromInput(input);
        await MedicalClaim.updateOne({ id: claim.id }, { $set: claim }, { upsert: true, runValidators: true }).exec();
        return claim;
      },
      idOf: (written) => written.id,
      reload: (id) => MedicalClaim.findOne({ id }).lean<MedicalClaimDoc>().exec(),
    });
  },
};
