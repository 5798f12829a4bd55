import { assertMayWrite, idempotent } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { enrolmentFromInput } from '../enrolment-input.js';
import { StudentEnrolment, type StudentEnrolmentDoc } from '../models/index.js';

export const Mutation: MutationResolvers = {
  recordEnrolment: async (_, { input, idempotencyKey }, ctx) => {
    assertMayWrite(ctx.caller, 'education');
    return idempotent(ctx, {
      operation: 'recordEnrolment',
      key: idempotencyKey,
      args: input,
      // Checked inside: the child's record that year is read from the database.
      write: async () => {
        const enrolment = await enrolmentFromInput(input);
        // Written whole under the child and school year, so sending it twice changes one document.
        await StudentEnrolment.updateOne({ id: enrolment.id }, { $set: enrolment }, { upsert: true, runValidators: true }).exec();
        return enrolment;
      },
      idOf: (written) => written.id,
      reload: (id) => StudentEnrolment.findOne({ id }).lean<StudentEnrolmentDoc>().exec(),
    });
  },
};
