import { assertMayWrite } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { postFromInput, transferFromInput } from '../employment-input.js';
import { EmploymentRecord, type EmploymentRecordDoc } from '../models/index.js';

/**
 * Writes a job under its id (person, kind and start date), so recording it twice changes one
 * document, and a job already ended keeps its end date. Update first, insert when there is
 * none: an upsert cannot set the null end date on FerretDB v1, which drops null values from
 * $setOnInsert. Two first records at once meet the unique id, and the second gets CONFLICT.
 */
async function saveJob<T extends EmploymentRecordDoc>(job: T): Promise<T> {
  const { endDate, ...fields } = job;
  const updated = await EmploymentRecord.findOneAndUpdate({ id: job.id }, { $set: fields }, { new: true, runValidators: true }).lean();
  if (updated) return { ...job, endDate: updated.endDate };
  await EmploymentRecord.create({ ...fields, endDate });
  return job;
}

export const Mutation: MutationResolvers = {
  recordTransferEmployment: (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'employment');
    return saveJob(transferFromInput(input));
  },
  assignPublicWelfarePost: (_, { input }, ctx) => {
    assertMayWrite(ctx.caller, 'employment');
    return saveJob(postFromInput(input));
  },
};
