import { assertMayWrite } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { enrolmentFromInput } from '../enrolment-input.js';
import { StudentEnrolment } from '../models/index.js';

export const Mutation: MutationResolvers = {
  recordEnrolment: async (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'education');
    const enrolment = await enrolmentFromInput(input);
    // Written whole under the child and school year, so sending it twice changes one document.
    await StudentEnrolment.updateOne({ id: enrolment.id }, { $set: enrolment }, { upsert: true, runValidators: true }).exec();
    return enrolment;
  },
};
