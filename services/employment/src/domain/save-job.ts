import { idempotent, type SubgraphContext } from '@pas/subgraph-kit';
import { EmploymentRecord, type EmploymentRecordDoc } from '../models/index.js';
import { jobDigest } from './digests.js';

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

/** Saves a job once per idempotency key: a retry answers the job as it is now. */
export function saveJobOnce<T extends EmploymentRecordDoc>(ctx: SubgraphContext, operation: string, key: string, args: unknown, job: T): Promise<T> {
  return idempotent(ctx, {
    operation,
    key,
    args,
    write: () => saveJob(job),
    idOf: (saved) => saved.id,
    reload: (id) => EmploymentRecord.findOne({ id }).lean<T>().exec() as Promise<T | null>,
    digest: jobDigest,
  });
}
