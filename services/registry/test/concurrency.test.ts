/**
 * The register's writes under concurrency, on the run's real engine: 16 writers at once on every
 * conditional write and on the household counter, retries with idempotency keys, resident-ID
 * claims left behind and `npm run repair`. Outcomes are counted in the database, not only in
 * the answers.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestSubgraph, tokenFor, type GraphQLResponse } from '@pas/test-helpers';
import type { RunningSubgraph } from '@pas/subgraph-kit';
import { Counter, Household, ResidentIdClaim, Village } from '../src/models/index.js';
import { CLAIM_GRACE_MS } from '../src/domain/resident-ids.js';
import { resolvers } from '../src/resolvers/index.js';
import { insertRegion, residentId } from './fixtures.js';

const WRITERS = 16;
let subgraph: RunningSubgraph & { dbName: string };
let staff: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'registry', resolvers });
  await insertRegion();
  // A village nobody registered a household in yet: it has no counter.
  await Village.create({ code: '410326100202', name: '西街村', townshipCode: '410326100', countyCode: '410326', povertyVillage: true, ruralPopulation: 1500 });
  staff = await tokenFor('department_staff', { department: 'registry' });
});
afterAll(() => subgraph?.stop());

const HOUSEHOLD = 'id version members { id }';
type Saved = { id: string; version: number; members: { id: string }[] };
const REGISTER = `mutation($input: RegisterHouseholdInput!, $key: String!) { registerHousehold(input: $input, idempotencyKey: $key) { ${HOUSEHOLD} } }`;
const ADD = `mutation($id: ID!, $v: Int!, $m: MemberInput!, $key: String!) { addMember(householdId: $id, version: $v, input: $m, idempotencyKey: $key) { ${HOUSEHOLD} } }`;
const UPDATE = `mutation($id: ID!, $p: ID!, $v: Int!, $m: MemberPatch!) { updateMember(householdId: $id, personId: $p, version: $v, input: $m) { ${HOUSEHOLD} } }`;
const REMOVE = `mutation($id: ID!, $p: ID!, $v: Int!) { removeMember(householdId: $id, personId: $p, version: $v, reason: "迁出") { ${HOUSEHOLD} } }`;
const CHANGE = `mutation($id: ID!, $v: Int!, $input: StatusChangeInput!) { recordStatusChange(householdId: $id, version: $v, input: $input) { ${HOUSEHOLD} } }`;
const HELPER = `mutation($id: ID!, $v: Int!, $input: HelperInput!) { assignHelper(householdId: $id, version: $v, input: $input) { ${HOUSEHOLD} } }`;
const INCOME = `mutation($id: ID!, $v: Int!, $input: DeclaredIncomeInput!) { recordIncome(householdId: $id, version: $v, input: $input) { ${HOUSEHOLD} } }`;

const send = <T = Record<string, Saved>>(query: string, variables: Record<string, unknown>) => graphql<T>(subgraph.url, query, variables, staff);
const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code ?? 'OK';
const together = <T>(n: number, write: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => write(i)));
/** How many answers had each code: { OK: 1, CONFLICT: 15 }. */
function tally(responses: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[code(response)] = (counts[code(response)] ?? 0) + 1;
  return counts;
}

let sequence = 301;
/** A person with a resident ID no one has, consistent with the birth date and (male) gender. */
function person(relation: string, birth = '1980-01-01') {
  sequence += 2;
  return { name: '赵建国', gender: 'MALE', birthDate: birth, residentId: residentId('410326', birth.replaceAll('-', ''), sequence), relation, labourCapacity: 'FULL', healthStatus: 'HEALTHY' };
}
const household = (members = [person('HEAD')], villageCode = '410326100201') => ({ villageCode, attribute: 'GENERAL', primaryCause: 'ILLNESS', identifiedYear: 2016, members });

/** A household registered through the API, with its claims, at version 1. */
async function registered(members = [person('HEAD')]): Promise<Saved> {
  const response = await send(REGISTER, { input: household(members), key: randomUUID() });
  expect(response.errors).toBeUndefined();
  return response.data!.registerHousehold!;
}
const stored = async (id: string) => (await Household.findById(id).lean())!;
const claimsOf = (householdId: string) => ResidentIdClaim.find({ householdId }).sort({ _id: 1 }).lean();

describe(`${WRITERS} concurrent edits holding the same version`, () => {
  it.each([
    ['updateMember', (h: Saved, i: number) => send(UPDATE, { id: h.id, p: h.members[0]!.id, v: 1, m: { name: `赵${i}` } })],
    ['removeMember', (h: Saved) => send(REMOVE, { id: h.id, p: h.members[1]!.id, v: 1 })],
    ['recordStatusChange', (h: Saved, i: number) => send(CHANGE, { id: h.id, v: 1, input: { status: 'BEING_HELPED', date: '2016-05-01', reason: `结对帮扶 ${i}` } })],
    ['assignHelper', (h: Saved, i: number) => send(HELPER, { id: h.id, v: 1, input: { name: `帮扶人${i}`, unit: '市人社局', since: '2016-05-01' } })],
    ['recordIncome', (h: Saved, i: number) => send(INCOME, { id: h.id, v: 1, input: { year: 2019, agriculture: 500_000 + i, transfers: 0, other: 0 } })],
  ])('%s: exactly one wins, the others get CONFLICT', async (_, write) => {
    const h = await registered([person('HEAD'), person('SPOUSE')]);
    const responses = await together(WRITERS, (i) => write(h, i));
    expect(tally(responses)).toEqual({ OK: 1, CONFLICT: WRITERS - 1 });
    const after = await stored(h.id);
    expect(after.version).toBe(2);
    // What is stored is what the winner was told.
    const winner = responses.find((r) => !r.errors)!.data!;
    expect(Object.values(winner)[0]).toMatchObject({ version: 2, members: after.members.map((m) => ({ id: m.id })) });
    expect((await claimsOf(h.id)).map((c) => c.personId).sort()).toEqual(after.members.map((m) => m.id).sort());
  });

  it('addMember of different persons: one member added, the others CONFLICT, no claim left by them', async () => {
    const h = await registered();
    const children = Array.from({ length: WRITERS }, () => person('CHILD', '2010-06-01'));
    const responses = await together(WRITERS, (i) => send(ADD, { id: h.id, v: 1, m: children[i], key: randomUUID() }));
    expect(tally(responses)).toEqual({ OK: 1, CONFLICT: WRITERS - 1 });
    const after = await stored(h.id);
    expect([after.version, after.members.length, after.memberCount]).toEqual([2, 2, 2]);
    expect((await claimsOf(h.id)).map((c) => c._id).sort()).toEqual(after.members.map((m) => m.residentId).sort());
    expect(await ResidentIdClaim.countDocuments({ _id: { $in: children.map((c) => c.residentId) } })).toBe(1);
  });

  it('addMember of the same person by different clerks: added once, the others CONFLICT, one claim', async () => {
    const h = await registered();
    const child = person('CHILD', '2010-06-01');
    const responses = await together(WRITERS, () => send(ADD, { id: h.id, v: 1, m: child, key: randomUUID() }));
    expect(tally(responses)).toEqual({ OK: 1, CONFLICT: WRITERS - 1 });
    expect((await stored(h.id)).members).toHaveLength(2);
    expect(await ResidentIdClaim.find({ _id: child.residentId }).lean()).toEqual([expect.objectContaining({ householdId: h.id, personId: `${h.id}-2` })]);
  });

  it('updateMember to different resident IDs: one kept, its old ID released, no claim left by the losers', async () => {
    const h = await registered();
    const head = (await stored(h.id)).members[0]!;
    const ids = Array.from({ length: WRITERS }, () => person('HEAD').residentId);
    const responses = await together(WRITERS, (i) => send(UPDATE, { id: h.id, p: head.id, v: 1, m: { residentId: ids[i] } }));
    expect(tally(responses)).toEqual({ OK: 1, CONFLICT: WRITERS - 1 });
    const kept = (await stored(h.id)).members[0]!.residentId;
    expect(ids).toContain(kept);
    expect((await claimsOf(h.id)).map((c) => c._id)).toEqual([kept]);
    expect(await ResidentIdClaim.countDocuments({ _id: { $in: [head.residentId, ...ids] } })).toBe(1);
  });

  it('addMember with one idempotency key: one member added, every caller gets the same household', async () => {
    const h = await registered();
    const key = randomUUID();
    const child = person('CHILD', '2010-06-01');
    const responses = await together(WRITERS, () => send(ADD, { id: h.id, v: 1, m: child, key }));
    expect(tally(responses)).toEqual({ OK: WRITERS });
    expect(new Set(responses.map((r) => JSON.stringify(r.data)))).toHaveProperty('size', 1);
    const after = await stored(h.id);
    expect([after.version, after.members.length]).toEqual([2, 2]);
    // A retry later still answers with the household, not with a CONFLICT on its old version.
    const retry = await send<{ addMember: Saved }>(ADD, { id: h.id, v: 1, m: child, key });
    expect(retry.data!.addMember.members.map((m) => m.id)).toEqual([`${h.id}-1`, `${h.id}-2`]);
  });
});

describe('household ids', () => {
  it(`${WRITERS} concurrent registrations in a village without a counter get ${WRITERS} different ids, twice over`, async () => {
    for (const round of [1, 2]) {
      const responses = await together(WRITERS, () => send(REGISTER, { input: household([person('HEAD')], '410326100202'), key: randomUUID() }));
      expect(tally(responses)).toEqual({ OK: WRITERS });
      const ids = responses.map((r) => r.data!.registerHousehold!.id);
      expect(new Set(ids).size).toBe(WRITERS);
      expect(await Household.countDocuments({ villageCode: '410326100202' })).toBe(WRITERS * round);
      expect((await Counter.findById('410326100202').lean())!.value).toBe(WRITERS * round);
    }
  });

  it(`${WRITERS} concurrent registrations with one idempotency key register one household`, async () => {
    const key = randomUUID();
    const input = household([person('HEAD'), person('SPOUSE')]);
    const before = await Household.countDocuments();
    const responses = await together(WRITERS, () => send(REGISTER, { input, key }));
    expect(tally(responses)).toEqual({ OK: WRITERS });
    expect(new Set(responses.map((r) => r.data!.registerHousehold!.id)).size).toBe(1);
    expect(await Household.countDocuments()).toBe(before + 1);
    const reused = await send(REGISTER, { input: household([person('HEAD')]), key });
    expect([code(reused), reused.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'idempotencyKey']);
  });
});

describe('resident-ID claims', () => {
  it('takes over a claim a failed write left behind long ago, and registers the person', async () => {
    const head = person('HEAD');
    await ResidentIdClaim.create({ _id: head.residentId, personId: 'H4103261002019998-1', householdId: 'H4103261002019998' });
    const response = await send(REGISTER, { input: household([head]), key: randomUUID() });
    expect(response.errors).toBeUndefined();
    const claim = (await ResidentIdClaim.findById(head.residentId).lean())!;
    expect(claim.householdId).toBe(response.data!.registerHousehold!.id);
  });

  it('answers CONFLICT for an ID another write is claiming right now, and leaves its claim', async () => {
    const head = person('HEAD');
    await ResidentIdClaim.create({ _id: head.residentId, personId: 'H4103261002019997-1', householdId: 'H4103261002019997', attempt: 'in-flight', claimedAt: new Date() });
    const response = await send(REGISTER, { input: household([head]), key: randomUUID() });
    expect(code(response)).toBe('CONFLICT');
    expect((await ResidentIdClaim.findById(head.residentId).lean())!.attempt).toBe('in-flight');
    await ResidentIdClaim.deleteOne({ _id: head.residentId });
  });

  it('refuses an ID its person holds, however the claim was written', async () => {
    const h = await registered();
    const head = (await stored(h.id)).members[0]!;
    const response = await send(REGISTER, { input: household([{ ...person('HEAD'), residentId: head.residentId, birthDate: '1980-01-01' }]), key: randomUUID() });
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect((await ResidentIdClaim.findById(head.residentId).lean())!.householdId).toBe(h.id);
  });
});

describe('npm run repair', () => {
  const registryDir = fileURLToPath(new URL('..', import.meta.url));
  const repair = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/repair.ts', ...args], {
      cwd: registryDir,
      env: { ...process.env, MONGODB_URI: inject('mongoUri'), MONGODB_DB: subgraph.dbName, LOG_LEVEL: 'warn' },
    });

  it('lists the orphaned claims with --dry-run, then releases them and nothing else', async () => {
    const h = await registered();
    const orphans = [
      // Seeded, its person since removed without the claim.
      { _id: person('CHILD').residentId, personId: `${h.id}-7`, householdId: h.id },
      // Left by a write that failed long ago, for a household never written.
      { _id: person('HEAD').residentId, personId: 'H4103261002019996-1', householdId: 'H4103261002019996', attempt: 'failed', claimedAt: new Date(Date.now() - 2 * CLAIM_GRACE_MS) },
    ];
    const inFlight = { _id: person('HEAD').residentId, personId: 'H4103261002019995-1', householdId: 'H4103261002019995', attempt: 'running', claimedAt: new Date() };
    await ResidentIdClaim.create([...orphans, inFlight]);
    const claims = await ResidentIdClaim.countDocuments();

    const dryRun = await repair('--dry-run');
    expect(dryRun.stdout).toContain('2 orphaned resident-ID claims found; none released');
    for (const orphan of orphans) expect(dryRun.stdout).toContain(orphan.personId);
    expect(dryRun.stdout).not.toContain(orphans[0]!._id);
    expect(await ResidentIdClaim.countDocuments()).toBe(claims);

    const run = await repair();
    expect(run.stdout).toContain('2 orphaned resident-ID claims found; 2 released');
    expect(await ResidentIdClaim.countDocuments()).toBe(claims - 2);
    expect(await ResidentIdClaim.countDocuments({ _id: { $in: orphans.map((o) => o._id) } })).toBe(0);
    expect(await ResidentIdClaim.countDocuments({ _id: inFlight._id })).toBe(1);
    await ResidentIdClaim.deleteOne({ _id: inFlight._id });
  }, 60_000);
});
