import { assertMayWrite } from '@pas/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { postFromInput, transferFromInput } from '../employment-input.js';
import { EmploymentRecord, type EmploymentRecordDoc } from '../models/index.js';

/**
 * Writes a job under its id (person, kind and start date) in one upsert, so recording it twice
 * changes one document, and a job already ended keeps its end date.
 */
async function saveJob<T extends EmploymentRecordDoc>(job: T): Promise<T> {
  const { endDate, ...fields } = job;
  const saved = await EmploymentRecord.findOneAndUpdate(
    { id: job.id },
    { $set: fields, $setOnInsert: { endDate } },
    { upsert: true, new: true, runValidators: true, setDefaultsOnInsert: false },
  ).lean();
  return { ...job, endDate: saved!.endDate };
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
