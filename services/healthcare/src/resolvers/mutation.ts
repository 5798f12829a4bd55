import { assertMayWrite } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { claimFromInput, enrolmentFromInput } from '../health-input.js';
import { InsuranceEnrolment, MedicalClaim } from '../models/index.js';

// Both records are written whole under an id made of their natural key, so sending one twice
// changes one document.

export const Mutation: MutationResolvers = {
  enrolInsurance: async (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'healthcare');
    const enrolment = enrolmentFromInput(input);
    await InsuranceEnrolment.updateOne({ id: enrolment.id }, { $set: enrolment }, { upsert: true, runValidators: true }).exec();
    return enrolment;
  },
  recordClaim: async (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'healthcare');
    const claim = await claimFromInput(input);
    await MedicalClaim.updateOne({ id: claim.id }, { $set: claim }, { upsert: true, runValidators: true }).exec();
    return claim;
  },
};
