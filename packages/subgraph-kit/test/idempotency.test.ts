import { setTimeout as sleep } from 'node:timers/promises';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';
import { ANONYMOUS, createLogger, type Caller } from '@pas/platform';
import { IdempotencyKey, idempotent } from '../src/index.js';

/** The kit's idempotent writes on the run's engine; the "records" are kept in a map. */

const clerk: Caller = { ...ANONYMOUS, subject: 'clerk-1', role: 'department_staff', department: 'finance' };
const ctx = { caller: clerk, log: createLogger('idempotency-test') };

beforeAll(async () => {
  await mongoose.connect(inject('mongoUri'), { dbName: `${inject('dbPrefix')}idempotency` });
  await IdempotencyKey.init();
});
afterAll(async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

let keys = 0;
const freshKey = () => `key-${++keys}-${Date.now()}`;

/** A pretend store: `write` adds a record after `delayMs` and counts how often it ran. */
function store(delayMs = 0) {
  const records = new Map<string, { id: string; amount: number }>();
  let writes = 0;
  const request = (key: string, args: unknown, amount = 1, fail?: Error) => ({
    operation: 'grant',
    key,
    args,
    write: async (remember: (id: string) => Promise<void>) => {
      writes += 1;
      const id = `R${writes}`;
      await remember(id);
      await sleep(delayMs);
      if (fail) throw fail;
      records.set(id, { id, amount });
      return records.get(id)!;
    },
    idOf: (record: { id: string }) => record.id,
    reload: async (id: string) => records.get(id) ?? null,
  });
  return { records, request, writes: () => writes };
}

describe('idempotent writes', () => {
  it('writes once for concurrent requests with the same key, and answers each with that record', async () => {
    const { request, writes, records } = store(200);
    const key = freshKey();
    const answers = await Promise.all(Array.from({ length: 16 }, () => idempotent(ctx, request(key, { amount: 5 }))));
    expect(writes()).toBe(1);
    expect(records.size).toBe(1);
    expect(new Set(answers.map((a) => a.id))).toEqual(new Set(['R1']));
    expect(await IdempotencyKey.findById(JSON.stringify(['grant', 'clerk-1', key])).lean()).toMatchObject({ state: 'DONE', resultId: 'R1' });
  });

  it('takes the same arguments in another key order, or a date as the same instant, as the same request', async () => {
    const { request, writes } = store();
    const key = freshKey();
    await idempotent(ctx, request(key, { a: 1, on: new Date('2019-05-20'), nested: { x: 1, y: [1, 2] } }));
    await idempotent(ctx, request(key, { nested: { y: [1, 2], x: 1 }, on: new Date('2019-05-20T00:00:00Z'), a: 1 }));
    expect(writes()).toBe(1);
  });

  it('refuses the key with other arguments as BAD_USER_INPUT naming the field', async () => {
    const { request, writes } = store();
    const key = freshKey();
    await idempotent(ctx, request(key, { amount: 1 }));
    await expect(idempotent(ctx, request(key, { amount: 2 }))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } });
    expect(writes()).toBe(1);
  });

  it('keeps keys apart per operation and per caller', async () => {
    const { request, writes } = store();
    const key = freshKey();
    await idempotent(ctx, request(key, {}));
    await idempotent(ctx, { ...request(key, {}), operation: 'other' });
    await idempotent({ ...ctx, caller: { ...clerk, subject: 'clerk-2' } }, request(key, {}));
    expect(writes()).toBe(3);
  });

  it('frees the key of a failed write, so that a retry writes', async () => {
    const { request, writes, records } = store();
    const key = freshKey();
    await expect(idempotent(ctx, request(key, {}, 1, new Error('engine down')))).rejects.toThrow('engine down');
    expect(await IdempotencyKey.countDocuments({ _id: JSON.stringify(['grant', 'clerk-1', key]) })).toBe(0);
    await idempotent(ctx, request(key, {}));
    expect([writes(), records.size]).toEqual([2, 1]);
  });

  it('lets duplicates waiting on a first request that fails write themselves, once', async () => {
    const { request, writes, records } = store(300);
    const key = freshKey();
    const first = idempotent(ctx, request(key, {}, 1, new Error('refused')));
    await sleep(50);
    const retries = Promise.all(Array.from({ length: 8 }, () => idempotent(ctx, request(key, {}))));
    await expect(first).rejects.toThrow('refused');
    const answers = await retries;
    expect(writes()).toBe(2);
    expect(records.size).toBe(1);
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
  });

  it('refuses a key of 7 characters and one with spaces', async () => {
    const { request } = store();
    for (const key of ['1234567', 'a key with spaces']) {
      await expect(idempotent(ctx, request(key, {}))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } });
    }
  });

  it('takes over the key of a request that died: answers with the record it remembered, or writes', async () => {
    const { request, writes, records } = store();
    const written = freshKey();
    await idempotent(ctx, request(written, {}));
    const lost = freshKey();
    await idempotent(ctx, request(lost, {}));
    records.delete('R2');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await IdempotencyKey.updateMany({ _id: { $in: [written, lost].map((k) => JSON.stringify(['grant', 'clerk-1', k])) } }, { $set: { state: 'PENDING', startedAt: longAgo } });
    expect((await idempotent(ctx, request(written, {}))).id).toBe('R1');
    expect(writes()).toBe(2);
    expect((await idempotent(ctx, request(lost, {}))).id).toBe('R3');
    expect(writes()).toBe(3);
  });
});
