import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';
import { testDbName } from './test-db.js';
import { type Role, signToken } from '@pas/platform';
import { connectDatabase, createSubgraph, rebuildDigests, type Digest, type RunningSubgraph, type SubgraphOptions } from '@pas/subgraph-kit';

/**
 * Starts a subgraph in this test process on a free port, in a database of its own on the
 * run's test engine.
 */
export async function startTestSubgraph(options: SubgraphOptions): Promise<RunningSubgraph & { dbName: string }> {
  const dbName = testDbName(`${options.name}_${randomUUID().slice(0, 8)}`);
  const subgraph = createSubgraph(options);
  await connectDatabase({ uri: inject('mongoUri'), dbName }, subgraph.log);
  return { ...(await subgraph.listen(0)), dbName };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Why tests read personal data, sent with every signed-in request unless a test says otherwise. */
const TEST_PURPOSE = 'automated test';

/**
 * Posts one operation over real HTTP, as the gateway or a client would. A signed-in request
 * says why it reads personal data (`purpose: null` to send none).
 */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  options: { purpose?: string | null } = {},
): Promise<GraphQLResponse<T>> {
  const purpose = options.purpose === undefined ? TEST_PURPOSE : options.purpose;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(token && purpose ? { 'x-access-purpose': encodeURIComponent(purpose) } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The code of a response's first error (`extensions.code`), or undefined when it has none. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** A token for a role, signed with the development secret every service verifies in tests. */
export function tokenFor(role: Role, scope: { county?: string; department?: string } = {}): Promise<string> {
  return signToken({ sub: `test-${role}`, role, ...scope });
}
export { testDbName } from './test-db.js';
export { startServiceProcess, type ServiceProcess } from './process.js';
export { buildFamilyWorld, buildRegionWorld } from './worlds.js';
export { expectStoredUnchanged, itSeedsEveryCollection } from './seed-documents.js';

/**
 * Runs an operation against a subgraph and lists the collections it read, one entry per
 * database call, sorted; the access audit's own writes are left out.
 */
export async function countingQueries<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T> & { calls: string[] }> {
  const calls: string[] = [];
  mongoose.set('debug', (collection: string) => {
    if (collection !== 'personalDataReads') calls.push(collection);
  });
  try {
    const response = await graphql<T>(url, query, variables, token);
    return { ...response, calls: calls.sort() };
  } finally {
    mongoose.set('debug', false);
  }
}

/**
 * Sends a create mutation (`$input`, `$key`, selecting `id`) 16 times at once with one
 * idempotency key, then once with that key and other input: every retry answers the same
 * record, and the other input is refused. Returns nothing; the caller checks what was stored.
 */
export async function expectOneRecordPerKey(url: string, mutation: string, field: string, input: object, otherInput: object, token: string): Promise<void> {
  const key = randomUUID();
  const retries = await Promise.all(Array.from({ length: 16 }, () => graphql<Record<string, { id: string }>>(url, mutation, { input, key }, token)));
  expect(retries.map((r) => r.errors)).toEqual(retries.map(() => undefined));
  expect(new Set(retries.map((r) => r.data![field]!.id)).size).toBe(1);
  const changed = await graphql(url, mutation, { input: otherInput, key }, token);
  expect(changed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
}

/**
 * Sends a write that must be refused with `code` (naming `field`, when given) and checks that
 * the collection holds as many documents afterwards: nothing was half-written.
 */
export async function expectRefusedUnwritten(
  collection: { countDocuments(): PromiseLike<number> },
  send: () => Promise<GraphQLResponse>,
  expected: { code: string; field?: string },
): Promise<void> {
  const before = await collection.countDocuments();
  const response = await send();
  expect(response.errors?.[0]?.extensions).toMatchObject(expected.field ? expected : { code: expected.code });
  expect(await collection.countDocuments()).toBe(before);
}

/**
 * Checks that a subgraph's digests hold what a rebuild from its records would make: every write
 * since the last rebuild kept them in step. Rebuild first when fixtures went in behind them.
 */
export async function expectDigestsInStep(digests: Digest<unknown>[]): Promise<void> {
  const db = mongoose.connection.db!;
  const stored = async () => Object.fromEntries((await db.collection<{ _id: string; entries: object }>('digests').find({}).toArray()).map((doc) => [doc._id, doc.entries]));
  const kept = await stored();
  await rebuildDigests(db, digests);
  expect(kept).toEqual(await stored());
}

/** A subgraph started for the tests of one file, with the tokens they use. */
export interface TestSubgraph {
  /** Its /graphql URL. */
  url: string;
  /** An inspector's token: signed in, reads personal records of every county. */
  reader: string;
  /** A token of the subgraph's own department staff, who may write its records. */
  staff: string;
  /** Runs an operation as the reader (or `token`) and lists the collections it read. */
  countingQueries<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T> & { calls: string[] }>;
}

/**
 * Starts a subgraph before the tests of the calling file (in a database of its own, with the
 * fixtures `insertFixtures` writes) and stops it after them.
 */
export function useTestSubgraph(options: SubgraphOptions, insertFixtures: () => Promise<unknown> = async () => undefined): TestSubgraph {
  let running: RunningSubgraph | undefined;
  const subgraph: TestSubgraph = {
    url: '',
    reader: '',
    staff: '',
    countingQueries: (query, variables, token) => countingQueries(subgraph.url, query, variables, token ?? subgraph.reader),
  };
  beforeAll(async () => {
    running = await startTestSubgraph(options);
    subgraph.url = running.url;
    await insertFixtures();
    subgraph.reader = await tokenFor('inspector');
    subgraph.staff = await tokenFor('department_staff', { department: options.name });
  });
  afterAll(() => running?.stop());
  return subgraph;
}
