/**
 * Granting microloans under concurrency and retries, on the run's real engine: the 5万元
 * ceiling per household holds however many grants arrive at once, and an idempotency key makes
 * a retried grant return the first one's loan. Every assertion on what happened counts the
 * documents stored, not only the answers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphql, type GraphQLResponse, startTestSubgraph, tokenFor } from '@pas/test-helpers';
import { signToken } from '@pas/platform';
import { IdempotencyKey, type RunningSubgraph } from '@pas/subgraph-kit';
import { Microloan, MicroloanExposure } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';

let subgraph: RunningSubgraph;
let staff: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'finance', resolvers });
  staff = await tokenFor('department_staff', { department: 'finance' });
  // Two households that borrowed before this service kept exposures: one still owes 5万, one repaid.
  await Microloan.insertMany(
    (['ACTIVE', 'REPAID'] as const).map((status, i) => ({
      id: `ML-seeded-${i}`,
      householdId: `H41032610020${1 + i}0001`,
      villageCode: `41032610020${1 + i}`,
      countyCode: '410326',
      amount: 5_000_000,
      bank: '中原银行',
      termMonths: 36,
      grantedOn: new Date('2017-03-01'),
      status,
      overdueAmount: 0,
    })),
  );
});
afterAll(() => subgraph?.stop());

const GRANT = `mutation($input: GrantMicroloanInput!, $key: String!) { grantMicroloan(input: $input, idempotencyKey: $key) { id household { id } } }`;
type Granted = { grantMicroloan: { id: string } };

let households = 0;
/** A household of its own for each test, in village 410326100250. */
function freshHousehold(): string {
  households += 1;
  return `H410326100250${String(households).padStart(4, '0')}`;
}
function loan(householdId: string, overrides: Record<string, unknown> = {}) {
  return { householdId, villageCode: householdId.slice(1, 13), amount: 5_000_000, bank: '中国农业银行', termMonths: 36, grantedOn: '2019-05-20', ...overrides };
}
const grant = (input: unknown, key: string = randomUUID()) => graphql<Granted>(subgraph.url, GRANT, { input, key }, staff);
const field = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.field;
const stored = async () => ({ loans: await Microloan.countDocuments(), keys: await IdempotencyKey.countDocuments() });

describe('grantMicroloan refuses what it can check itself', () => {
  const household = 'H4103261002600001';
  it.each([
    ['a household id that is not one', { householdId: 'NOT-A-HOUSEHOLD' }, 'householdId'],
    ['a village code of 11 digits', { villageCode: '41032610026' }, 'villageCode'],
    ['a village in no county of the campaign', { householdId: 'H9999999999990001', villageCode: '999999999999' }, 'householdId'],
    ['a village of a county that does not exist', { villageCode: '999999999999' }, 'villageCode'],
    ['a 栾川 (410324) household in a 汝阳 (410326) village', { householdId: 'H4103241002010001' }, 'villageCode'],
    ['a grant dated in the future', { grantedOn: '2099-01-01' }, 'grantedOn'],
    ['a grant dated before the campaign', { grantedOn: '1900-01-01' }, 'grantedOn'],
    ['a 100 KB bank name', { bank: '银'.repeat(100_000) }, 'bank'],
    ['a blank bank name', { bank: '  ' }, 'bank'],
    ['more than 5万元 in one loan', { amount: 5_000_001 }, 'amount'],
    ['2^53-1 fen', { amount: Number.MAX_SAFE_INTEGER }, 'amount'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_, overrides, expectedField) => {
    const before = await stored();
    const response = await grant(loan(household, overrides));
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(field(response)).toBe(expectedField);
    expect(await stored()).toEqual(before);
  });

  it('refuses an idempotency key that is too short to be unique', async () => {
    const response = await grant(loan(household), 'abc');
    expect([errorCode(response), field(response)]).toEqual(['BAD_USER_INPUT', 'idempotencyKey']);
  });
});

describe('the 5万元 ceiling per household', () => {
  it('counts what a household owed before: a loan still owed blocks, a repaid one does not', async () => {
    const owing = await grant(loan('H4103261002010001', { amount: 1 }));
    expect([errorCode(owing), field(owing)]).toEqual(['BAD_USER_INPUT', 'amount']);
    const repaid = await grant(loan('H4103261002020001'));
    expect(repaid.errors).toBeUndefined();
    expect(await Microloan.countDocuments({ householdId: 'H4103261002020001', status: 'ACTIVE' })).toBe(1);
  });

  it('grants loans up to the ceiling together and refuses the fen beyond it', async () => {
    const household = freshHousehold();
    expect((await grant(loan(household, { amount: 3_000_000 }))).errors).toBeUndefined();
    expect((await grant(loan(household, { amount: 2_000_000 }))).errors).toBeUndefined();
    expect(errorCode(await grant(loan(household, { amount: 1 })))).toBe('BAD_USER_INPUT');
    expect((await MicroloanExposure.findById(household).lean())!.outstanding).toBe(5_000_000);
  });

  it('of 50 concurrent grants of 5万 for one household with different keys, grants exactly one', async () => {
    const household = freshHousehold();
    const responses = await Promise.all(Array.from({ length: 50 }, () => grant(loan(household))));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => errorCode(r) === 'BAD_USER_INPUT' && field(r) === 'amount')).toHaveLength(49);
    expect(await Microloan.countDocuments({ householdId: household })).toBe(1);
    expect((await MicroloanExposure.findById(household).lean())!.outstanding).toBe(5_000_000);
  });

  it('of 50 concurrent grants of 1万 for one household, grants exactly five', async () => {
    const household = freshHousehold();
    const responses = await Promise.all(Array.from({ length: 50 }, () => grant(loan(household, { amount: 1_000_000 }))));
    expect(responses.filter((r) => !r.errors)).toHaveLength(5);
    const loans = await Microloan.find({ householdId: household }).lean();
    expect(loans.reduce((sum, l) => sum + l.amount, 0)).toBe(5_000_000);
  });
});

describe('idempotency keys', () => {
  it('answers 50 concurrent grants with the same key with one loan, the same for every caller', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 50 }, () => grant(loan(household), key)));
    expect(responses.map((r) => r.errors)).toEqual(responses.map(() => undefined));
    const ids = new Set(responses.map((r) => r.data!.grantMicroloan.id));
    expect(ids.size).toBe(1);
    const loans = await Microloan.find({ householdId: household }).lean();
    expect(loans.map((l) => l.id)).toEqual([...ids]);
    expect((await MicroloanExposure.findById(household).lean())!.outstanding).toBe(5_000_000);
    expect(await IdempotencyKey.countDocuments({ resultId: [...ids][0] })).toBe(1);
  });

  it('answers a later retry with the first loan and writes nothing', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    const first = await grant(loan(household, { amount: 2_000_000 }), key);
    const before = await stored();
    const retry = await grant(loan(household, { amount: 2_000_000 }), key);
    expect(retry.data!.grantMicroloan.id).toBe(first.data!.grantMicroloan.id);
    expect(await stored()).toEqual(before);
    expect((await MicroloanExposure.findById(household).lean())!.outstanding).toBe(2_000_000);
  });

  it('refuses the same key with another input, and writes nothing', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    await grant(loan(household, { amount: 1_000_000 }), key);
    const before = await stored();
    const reused = await grant(loan(household, { amount: 2_000_000 }), key);
    expect([errorCode(reused), field(reused)]).toEqual(['BAD_USER_INPUT', 'idempotencyKey']);
    expect(reused.errors![0]!.message).toContain('different request');
    expect(await stored()).toEqual(before);
  });

  it('keys are per caller: another clerk’s same key is another request', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    const mine = await grant(loan(household, { amount: 1_000_000 }), key);
    const otherClerk = await graphql<Granted>(
      subgraph.url,
      GRANT,
      { input: loan(household, { amount: 1_000_000 }), key },
      await signToken({ sub: 'clerk-2', role: 'department_staff', department: 'finance' }),
    );
    expect(otherClerk.errors).toBeUndefined();
    expect(otherClerk.data!.grantMicroloan.id).not.toBe(mine.data!.grantMicroloan.id);
    expect(await Microloan.countDocuments({ householdId: household })).toBe(2);
  });

  it('lets a retry with the same key write after a first attempt that was refused', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    await grant(loan(household, { amount: 4_000_000 }));
    const refused = await grant(loan(household, { amount: 2_000_000 }), key);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(await IdempotencyKey.countDocuments({ resultId: null, state: 'PENDING' })).toBe(0);
    // The first loan is repaid meanwhile (as a repayment would do to the exposure).
    await MicroloanExposure.updateOne({ _id: household }, { $inc: { outstanding: -4_000_000 } });
    const retry = await grant(loan(household, { amount: 2_000_000 }), key);
    expect(retry.errors).toBeUndefined();
    expect(await Microloan.countDocuments({ householdId: household })).toBe(2);
  });

  it('answers CONFLICT, retryable, while the first request with the key is still running', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    await grant(loan(household, { amount: 1_000_000 }), key);
    // As if the first request were still writing.
    await IdempotencyKey.updateOne({ _id: keyId(key) }, { $set: { state: 'PENDING', startedAt: new Date() } });
    const started = Date.now();
    const waiting = await grant(loan(household, { amount: 1_000_000 }), key);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(errorCode(waiting)).toBe('CONFLICT');
    expect(waiting.errors![0]!.extensions!.retryable).toBe(true);
    expect(await Microloan.countDocuments({ householdId: household })).toBe(1);
  });

  it('takes over the key of a request that died mid-write: its loan, when written, is the answer', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    const first = await grant(loan(household, { amount: 1_000_000 }), key);
    await IdempotencyKey.updateOne({ _id: keyId(key) }, { $set: { state: 'PENDING', startedAt: new Date(Date.now() - 120_000) } });
    const retry = await grant(loan(household, { amount: 1_000_000 }), key);
    expect(retry.data!.grantMicroloan.id).toBe(first.data!.grantMicroloan.id);
    expect(await Microloan.countDocuments({ householdId: household })).toBe(1);
    expect((await IdempotencyKey.findById(keyId(key)).lean())!.state).toBe('DONE');
  });

  it('takes over the key of a request that died before writing, and writes', async () => {
    const household = freshHousehold();
    const key = randomUUID();
    await grant(loan(household, { amount: 1_000_000 }), key);
    await Microloan.deleteMany({ householdId: household });
    await MicroloanExposure.updateOne({ _id: household }, { $set: { outstanding: 0 } });
    await IdempotencyKey.updateOne({ _id: keyId(key) }, { $set: { state: 'PENDING', startedAt: new Date(Date.now() - 120_000) } });
    const retry = await grant(loan(household, { amount: 1_000_000 }), key);
    expect(retry.errors).toBeUndefined();
    expect(await Microloan.countDocuments({ householdId: household })).toBe(1);
  });
});

/** The idempotency document of a key of the finance clerk these tests sign in as. */
function keyId(key: string): string {
  return JSON.stringify(['grantMicroloan', 'test-department_staff', key]);
}
