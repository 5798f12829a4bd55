import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { Aggregate, Query, Schema } from 'mongoose';
import { graphqlError, TIMEOUT_HEADER } from '@pas/platform';

interface Deadline {
  /** Epoch milliseconds. */
  at: number;
}

const current = new AsyncLocalStorage<Deadline>();

/**
 * The time one request may take: what the caller asks for when it is less than the service's
 * own limit (QUERY_TIMEOUT_MS), so a caller can shorten it but never lengthen it. A header that
 * is not a whole number is ignored.
 */
export function requestBudgetMs(header: string | undefined, limitMs: number): number {
  const asked = header !== undefined && /^\d{1,10}$/.test(header.trim()) ? Number(header) : limitMs;
  return Math.min(asked, limitMs);
}

/**
 * Express middleware: the rest of the request runs under its deadline. Mount it after the body
 * parser, whose stream callbacks would lose the async context.
 */
export function requestDeadline(limitMs: number): RequestHandler {
  return (req, _res, next) => current.run({ at: Date.now() + requestBudgetMs(req.header(TIMEOUT_HEADER), limitMs) }, next);
}

/** Runs `work` with a deadline `ms` from now (tests, scripts). */
export function withDeadline<T>(ms: number, work: () => T): T {
  return current.run({ at: Date.now() + ms }, work);
}

/**
 * Runs `work` outside the request's deadline: the clean-up of a write that failed (releasing a
 * claim or an idempotency key) must run even when the time is up, or it blocks the retry.
 */
export function withoutDeadline<T>(work: () => T | PromiseLike<T>): Promise<T> {
  // Awaited inside: a mongoose query runs when it is awaited, not when it is made.
  return current.exit(async () => await work());
}

/** What a request gets when its time is up before its work is done. */
export function deadlineExceeded() {
  return graphqlError('DEADLINE_EXCEEDED', 'The request ran out of time; the work it had not started was not done');
}

/**
 * Milliseconds left before the current request's deadline, or undefined outside a request
 * (seeding, repair commands); throws DEADLINE_EXCEEDED once none are left.
 */
export function assertTimeLeft(): number | undefined {
  const deadline = current.getStore();
  if (!deadline) return undefined;
  const left = deadline.at - Date.now();
  if (left <= 0) throw deadlineExceeded();
  return left;
}

const READS = ['find', 'findOne', 'countDocuments', 'estimatedDocumentCount', 'distinct'] as const;
const QUERY_WRITES = ['updateOne', 'updateMany', 'replaceOne', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete', 'deleteOne', 'deleteMany'] as const;

const withPlugin = new WeakSet<Schema>();

/** Whether a model's schema got the deadline plugin (it is compiled after the kit was loaded). */
export function keepsDeadline(schema: Schema): boolean {
  return withPlugin.has(schema);
}

/** Keeps a smaller limit the code set itself. */
function limitTo(existing: unknown, left: number): number {
  return typeof existing === 'number' && existing > 0 ? Math.min(existing, left) : left;
}

/**
 * Mongoose plugin, applied to every model by the kit: no database operation starts after the
 * request's deadline, and reads carry the time left as `maxTimeMS`, so the server stops them
 * too. Writes get only the check before they start: a single-document write then runs to its
 * end, so it either happened whole or not at all, never half after the caller gave up.
 */
export function deadlinePlugin(schema: Schema): void {
  withPlugin.add(schema);
  schema.pre([...READS], { document: false, query: true }, function (this: Query<unknown, unknown>) {
    const left = assertTimeLeft();
    if (left !== undefined) this.maxTimeMS(limitTo(this.getOptions().maxTimeMS, left));
  });
  schema.pre('aggregate', function (this: Aggregate<unknown>) {
    const left = assertTimeLeft();
    if (left !== undefined) this.option({ maxTimeMS: limitTo(this.options.maxTimeMS, left) });
  });
  schema.pre([...QUERY_WRITES], { document: false, query: true }, () => void assertTimeLeft());
  schema.pre('save', () => void assertTimeLeft());
  schema.pre('insertMany', () => void assertTimeLeft());
  schema.pre('bulkWrite', () => void assertTimeLeft());
}
