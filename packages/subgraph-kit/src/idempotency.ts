import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import mongoose, { Schema, type FilterQuery, type Model, type UpdateQuery } from 'mongoose';
import { badUserInput, conflict, notFound, type Caller, type Logger } from '@pas/platform';
import { isDuplicateKey } from './database.js';
import { withoutDeadline } from './deadline.js';
import type { Digest } from './digest.js';

/**
 * Idempotent writes. Every mutation that creates a record or moves money takes a key the
 * client chooses (`idempotencyKey`). The first request with a key writes; a retry with the same
 * key and the same arguments gets the record the first one wrote and writes nothing; the same
 * key with other arguments is refused (BAD_USER_INPUT).
 *
 * One document per key in the service's own `idempotencyKeys` collection. Its `_id` is the
 * operation, the caller and the key, so the unique `_id` decides on every engine which of two
 * concurrent requests writes. It is PENDING while the write runs, then DONE with the id of the
 * record written (the resolver reloads it for a retry). A write that fails deletes it: the
 * key never blocks a retry of a request that wrote nothing.
 *
 * A duplicate arriving while the first request still runs waits for it, up to WAIT_MS, and
 * answers what the first wrote (or writes itself, if the first failed); if the first is still
 * running after that, it answers CONFLICT with `retryable: true`. A PENDING key older than
 * LEASE_MS belongs to a process that died mid-write: the next request takes it over, and
 * answers with the record the dead one remembered writing if that exists, else writes.
 */

/** How long a duplicate waits for the first request: longer than a write takes under load. */
const WAIT_MS = 5_000;
/** After this a PENDING key is taken to belong to a request that died: longer than any write. */
const LEASE_MS = 60_000;
/** A UUID, say: 8 to 128 visible ASCII characters. */
const KEY = /^[\x21-\x7e]{8,128}$/;

export interface IdempotencyKeyDoc {
  /** JSON of [operation, caller subject, key]. */
  _id: string;
  /** Hash of the request's arguments: a retry must send the same. */
  fingerprint: string;
  state: 'PENDING' | 'DONE';
  /** Which request holds a PENDING key; only it may complete or release it. */
  attempt: string;
  startedAt: Date;
  /** Id of the record written, once known. */
  resultId: string | null;
}

const keySchema = new Schema<IdempotencyKeyDoc>(
  {
    _id: { type: String, required: true },
    fingerprint: { type: String, required: true },
    state: { type: String, enum: ['PENDING', 'DONE'], required: true },
    attempt: { type: String, required: true },
    startedAt: { type: Date, required: true },
    resultId: { type: String, default: null },
  },
  { versionKey: false },
);

export const IdempotencyKey = mongoose.model<IdempotencyKeyDoc>('IdempotencyKey', keySchema, 'idempotencyKeys');

/** Lets an idempotent write note the id of the record it is about to write, before writing it. */
export type RememberRecord = (recordId: string) => Promise<void>;

export interface IdempotentWrite<T> {
  /** The mutation's name, e.g. `grantMicroloan`. */
  operation: string;
  key: string;
  /** The mutation's other arguments, compared with a retry's. */
  args: unknown;
  /**
   * Writes the record. A write that knows its record's id before writing it may pass it to
   * `remember` first, so that a retry after a crash finds the record instead of writing again.
   */
  write: (remember: RememberRecord) => Promise<T>;
  idOf: (record: T) => string;
  /** The record by its id, for a retry; null when it no longer exists. */
  reload: (recordId: string) => Promise<T | null>;
  /** The digest that keeps a copy of the record: refreshed after the write, and after a retry's answer, which heals one a crash left behind. */
  digest?: Pick<Digest<unknown>, 'refresh'>;
}

/** Runs `request.write` at most once per operation, caller and key (see the top of this file), then refreshes the record's digest. */
export async function idempotent<T>(ctx: { caller: Caller; log: Logger }, request: IdempotentWrite<T>): Promise<T> {
  const record = await writeOnce(ctx, request);
  await request.digest?.refresh(request.idOf(record));
  return record;
}

async function writeOnce<T>(ctx: { caller: Caller; log: Logger }, request: IdempotentWrite<T>): Promise<T> {
  const id = JSON.stringify([request.operation, ctx.caller.subject ?? 'anonymous', validateIdempotencyKey(request.key)]);
  const fingerprint = fingerprintOf(request.args);
  const giveUpAt = Date.now() + WAIT_MS;
  for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
    const attempt = randomUUID();
    if (await begin(id, fingerprint, attempt)) return run(ctx, request, id, attempt);
    const entry = await IdempotencyKey.findById(id).lean<IdempotencyKeyDoc>().exec();
    if (entry) {
      if (entry.fingerprint !== fingerprint) {
        throw badUserInput('This idempotencyKey was already used for a different request; use a new key for a new request', { field: 'idempotencyKey' });
      }
      if (entry.state === 'DONE') return replay(request, entry.resultId!);
      if (Date.now() - entry.startedAt.getTime() > LEASE_MS && (await takeOver(id, entry.attempt, attempt))) {
        const written = entry.resultId ? await request.reload(entry.resultId) : null;
        if (!written) return run(ctx, request, id, attempt);
        await finish(ctx, id, attempt, entry.resultId!);
        return written;
      }
    }
    if (Date.now() >= giveUpAt) {
      throw conflict('A request with this idempotencyKey is still being processed; retry it shortly', { field: 'idempotencyKey', retryable: true });
    }
    // No entry: the first request failed and let go of the key, so try to take it at once.
    if (entry) await sleep(pause);
  }
}

/**
 * Writes a record whole under its `id` once per idempotency key: sending it twice changes one
 * document, and a retry answers the record as stored. `build` checks the input (against the
 * database, if it must) and returns the record.
 */
export function upsertOnce<T extends { id: string }>(
  ctx: { caller: Caller; log: Logger },
  request: { operation: string; key: string; args: unknown; model: Model<T>; build: () => T | Promise<T>; digest?: IdempotentWrite<T>['digest'] },
): Promise<T> {
  const { model, build, ...keyed } = request;
  return idempotent(ctx, {
    ...keyed,
    write: async () => {
      const record = await build();
      await model.updateOne({ id: record.id } as FilterQuery<T>, { $set: record } as UpdateQuery<T>, { upsert: true, runValidators: true }).exec();
      return record;
    },
    idOf: (record) => record.id,
    reload: (id) => model.findOne({ id } as FilterQuery<T>).lean<T>().exec() as Promise<T | null>,
  });
}

/**
 * Creates a record whose id is known before it is written, once per idempotency key: the id is
 * noted first, so a retry after a crash finds the record instead of writing it again. `save`
 * writes it (and turns a duplicate into the error its callers should see).
 */
export function createOnce<T extends { id: string }>(
  ctx: { caller: Caller; log: Logger },
  request: { operation: string; key: string; args: unknown; model: Model<T>; record: T; save: (record: T) => Promise<T>; digest?: IdempotentWrite<T>['digest'] },
): Promise<T> {
  const { model, record, save, ...keyed } = request;
  return idempotent(ctx, {
    ...keyed,
    write: async (remember) => {
      await remember(record.id);
      return save(record);
    },
    idOf: (saved) => saved.id,
    reload: (id) => model.findOne({ id } as FilterQuery<T>).lean<T>().exec() as Promise<T | null>,
  });
}

export function validateIdempotencyKey(key: string): string {
  if (!KEY.test(key)) throw badUserInput('idempotencyKey must be 8 to 128 visible ASCII characters, e.g. a UUID', { field: 'idempotencyKey' });
  return key;
}

/** Dates as ISO strings, object keys sorted: the same arguments always hash the same. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

function fingerprintOf(args: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(args) ?? null)).digest('hex');
}

async function begin(id: string, fingerprint: string, attempt: string): Promise<boolean> {
  try {
    await IdempotencyKey.create({ _id: id, fingerprint, state: 'PENDING', attempt, startedAt: new Date(), resultId: null });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

async function run<T>(ctx: { log: Logger }, request: IdempotentWrite<T>, id: string, attempt: string): Promise<T> {
  let record: T;
  try {
    record = await request.write((recordId) => remember(id, attempt, recordId));
  } catch (error) {
    // Writes fail whole, so nothing was written: free the key for a retry, even when the
    // request ran out of time. Should even this fail, the lease frees it later.
    await withoutDeadline(() => IdempotencyKey.deleteOne({ _id: id, attempt }).exec()).catch((releaseError: unknown) =>
      ctx.log.warn({ err: releaseError, key: id }, 'could not release an idempotency key'),
    );
    throw error;
  }
  await finish(ctx, id, attempt, request.idOf(record));
  return record;
}

async function remember(id: string, attempt: string, recordId: string): Promise<void> {
  await IdempotencyKey.updateOne({ _id: id, attempt }, { $set: { resultId: recordId } }).exec();
}

/**
 * Marks the key DONE, even when the request ran out of time meanwhile: the record is written
 * whatever happens here, so the caller gets it.
 */
async function finish(ctx: { log: Logger }, id: string, attempt: string, recordId: string): Promise<void> {
  try {
    await withoutDeadline(() => IdempotencyKey.updateOne({ _id: id, attempt }, { $set: { state: 'DONE', resultId: recordId } }).exec());
  } catch (error) {
    // Left PENDING with its record remembered: a retry after the lease finds the record.
    ctx.log.warn({ err: error, key: id, recordId }, 'could not complete an idempotency key');
  }
}

async function takeOver(id: string, staleAttempt: string, attempt: string): Promise<boolean> {
  const result = await IdempotencyKey.updateOne({ _id: id, attempt: staleAttempt, state: 'PENDING' }, { $set: { attempt, startedAt: new Date() } }).exec();
  return result.modifiedCount === 1;
}

async function replay<T>(request: IdempotentWrite<T>, recordId: string): Promise<T> {
  const record = await request.reload(recordId);
  if (!record) throw notFound(`The record this idempotencyKey wrote (${recordId}) no longer exists`, { field: 'idempotencyKey' });
  return record;
}
