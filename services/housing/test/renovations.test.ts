/**
 * Recording renovation cases (money: the subsidy) under concurrency and retries, on the run's
 * real engine; what happened is read back from the database, not only from the answers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphql, type GraphQLResponse, startTestSubgraph, tokenFor } from '@pas/test-helpers';
import { IdempotencyKey, type RunningSubgraph } from '@pas/subgraph-kit';
import { HouseRenovation } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';

let subgraph: RunningSubgraph;
let staff: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'housing', resolvers });
  staff = await tokenFor('department_staff', { department: 'housing' });
});
afterAll(() => subgraph?.stop());

const RECORD = `mutation($input: RecordRenovationInput!, $key: String!) { recordRenovation(input: $input, idempotencyKey: $key) { id grade household { id } } }`;
type Recorded = { recordRenovation: { id: string; grade: string } };

let households = 0;
function freshHousehold(): string {
  households += 1;
  return `H410326100230${String(households).padStart(4, '0')}`;
}
function renovation(householdId: string, overrides: Record<string, unknown> = {}) {
  return { householdId, villageCode: householdId.slice(1, 13), grade: 'D', method: 'NEW_BUILD', subsidy: 2_500_000, completedYear: 2019, ...overrides };
}
const record = (input: unknown, key: string = randomUUID()) => graphql<Recorded>(subgraph.url, RECORD, { input, key }, staff);
const field = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.field;
const stored = async () => ({ cases: await HouseRenovation.countDocuments(), keys: await IdempotencyKey.countDocuments() });

describe('recordRenovation refuses what it can check itself', () => {
  it.each([
    ['a household id that is not one', { householdId: 'NOT-A-HOUSEHOLD' }, 'householdId'],
    ['a village of a county that does not exist', { villageCode: '999999999999' }, 'villageCode'],
    ['a 栾川 (410324) household in a 汝阳 (410326) village', { householdId: 'H4103241002010001' }, 'villageCode'],
    ['a subsidy of 2^53-1 fen', { subsidy: Number.MAX_SAFE_INTEGER }, 'subsidy'],
    ['a subsidy over 10万元', { subsidy: 10_000_001 }, 'subsidy'],
    ['a completion year in the future', { completedYear: 2099 }, 'completedYear'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_, overrides, expectedField) => {
    const before = await stored();
    const response = await record(renovation('H4103261002310001', overrides));
    expect([errorCode(response), field(response)]).toEqual(['BAD_USER_INPUT', expectedField]);
    expect(await stored()).toEqual(before);
  });
});

describe('50 concurrent cases for one household', () => {
  it('with different keys: one case recorded, 49 CONFLICT, one subsidy paid', async () => {
    const household = freshHousehold();
    const responses = await Promise.all(Array.from({ length: 50 }, () => record(renovation(household))));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(49);
    expect(await HouseRenovation.countDocuments({ householdId: household })).toBe(1);
    // The losers' keys were let go: none is left blocking a retry.
    expect(await IdempotencyKey.countDocuments({ state: 'PENDING' })).toBe(0);
  });

  it('with the same key: one case, the same answer for every caller', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 50 }, () => record(renovation(household), key)));
    expect(responses.map((r) => r.errors)).toEqual(responses.map(() => undefined));
    expect(new Set(responses.map((r) => JSON.stringify(r.data)))).toEqual(new Set([JSON.stringify(responses[0]!.data)]));
    expect(await HouseRenovation.countDocuments({ householdId: household })).toBe(1);
  });

  it('a retry of a recorded case writes nothing; the same key with another subsidy is refused', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    const first = await record(renovation(household), key);
    const before = await stored();
    expect((await record(renovation(household), key)).data).toEqual(first.data);
    const other = await record(renovation(household, { subsidy: 3_000_000 }), key);
    expect([errorCode(other), field(other)]).toEqual(['BAD_USER_INPUT', 'idempotencyKey']);
    expect(await stored()).toEqual(before);
  });
});
