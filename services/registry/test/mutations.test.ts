import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { errorCode, expectDigestsInStep, expectOneRecordPerKey, graphql, tokenFor, useTestSubgraph } from '@pas/test-helpers';
import { PersonalDataRead, rebuildDigests } from '@pas/subgraph-kit';
import { DIGESTS, registerDigest, visitDigest } from '../src/domain/digests.js';
import { Household, ResidentIdClaim } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';
import { insertHouseholds, insertRegion, residentId } from './fixtures.js';

const subgraph = useTestSubgraph({ name: 'registry', resolvers }, async () => {
  await insertRegion();
  await insertHouseholds(1, 3);
});

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterHouseholdInput!, $key: String!) {
    registerHousehold(input: $input, idempotencyKey: $key) { id status version headName statusHistory { status reason actor } members { id residentId } }
  }
`;

let sequence = 100;
function member(overrides: Record<string, unknown> = {}) {
  sequence += 2;
  return {
    name: '李建国',
    gender: 'MALE',
    birthDate: '1968-07-12',
    residentId: residentId('410326', '19680712', sequence + 1),
    relation: 'HEAD',
    labourCapacity: 'FULL',
    healthStatus: 'HEALTHY',
    ...overrides,
  };
}
function household(members = [member()], overrides: Record<string, unknown> = {}) {
  return { villageCode: '410326100201', attribute: 'GENERAL', primaryCause: 'ILLNESS', identifiedYear: 2016, members, ...overrides };
}

type Registered = { registerHousehold: { id: string; version: number; status: string; members: { id: string; residentId: string }[] } };
const register = (input: unknown, token = subgraph.staff) => graphql<Registered>(subgraph.url, REGISTER, { input, key: randomUUID() }, token);
describe('registering a household', () => {
  it('registers a household with members, identified, at version 1', async () => {
    const { data, errors } = await register(household([member(), member({ name: '张秀英', gender: 'FEMALE', relation: 'SPOUSE', residentId: residentId('410326', '19700303', 2) , birthDate: '1970-03-03' })]));
    expect(errors).toBeUndefined();
    expect(data!.registerHousehold).toMatchObject({ status: 'IDENTIFIED', version: 1, members: [{}, {}] });
    expect(data!.registerHousehold.id).toMatch(/^H4103261002010\d{3}$/);
  });

  it.each([
    ['a resident ID with a wrong check digit', household([member({ residentId: '41032619680712101X' })])],
    ['a resident ID whose birth date differs from the member’s', household([member({ birthDate: '1968-07-13' })])],
    ['a resident ID that encodes the other gender', household([member({ gender: 'FEMALE' })])],
    ['a household whose first member is not the head', household([member({ relation: 'CHILD' })])],
    ['two heads', household([member(), member()])],
    ['the same resident ID twice', (() => { const m = member(); return household([m, { ...m, relation: 'SPOUSE' }]); })()],
    ['a village that does not exist', household([member()], { villageCode: '410326100299' })],
    ['a malformed phone number', household([member({ phone: '12345' })])],
    ['a birth date in the future', household([member({ birthDate: '2999-01-01', residentId: residentId('410326', '29990101', 11) })])],
    ['an identification year before the campaign', household([member()], { identifiedYear: 2009 })],
    ['an impossible date', household([member({ birthDate: '1968-02-30' })])],
    ['an unknown poverty cause', household([member()], { primaryCause: 'BAD_LUCK' })],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, input) => {
    const before = await Promise.all([Household.countDocuments(), ResidentIdClaim.countDocuments()]);
    const response = await register(input);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(await Promise.all([Household.countDocuments(), ResidentIdClaim.countDocuments()])).toEqual(before);
  });

  it('refuses a resident ID already registered to another person, and keeps the earlier claim', async () => {
    const first = member();
    await register(household([first]));
    const before = await Household.countDocuments();
    const second = await register(household([member(), member({ ...first, relation: 'SPOUSE' })]));
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(second.errors![0]!.message).toContain('already registered');
    expect(await Household.countDocuments()).toBe(before);
    expect(await ResidentIdClaim.countDocuments({ _id: first.residentId })).toBe(1);
  });

  it('lets only registry staff register', async () => {
    for (const token of [await tokenFor('analyst'), await tokenFor('city_leader'), await tokenFor('department_staff', { department: 'finance' })]) {
      expect(errorCode(await register(household(), token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await graphql(subgraph.url, REGISTER, { input: household(), key: randomUUID() }))).toBe('UNAUTHENTICATED');
  });
});

describe('a household’s status history', () => {
  const CHANGE = /* GraphQL */ `
    mutation Change($id: ID!, $version: Int!, $input: StatusChangeInput!) {
      recordStatusChange(householdId: $id, version: $version, input: $input) { status version statusHistory { status date reason } }
    }
  `;
  type Changed = { recordStatusChange: { status: string; version: number; statusHistory: { status: string }[] } };

  it('derives the current status from the latest entry, and appends every change', async () => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const steps = [
      ['BEING_HELPED', '2016-04-01', '结对帮扶'],
      ['REMOVED', '2019-08-01', '错评'],
    ] as const;
    let version = 1;
    for (const [status, date, reason] of steps) {
      const response = await graphql<Changed>(subgraph.url, CHANGE, { id, version, input: { status, date, reason } }, subgraph.staff);
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordStatusChange.status).toBe(status);
      version = response.data!.recordStatusChange.version;
    }
    const stored = await Household.findOne({ id }).lean();
    expect(stored!.statusHistory.map((h) => h.status)).toEqual(['IDENTIFIED', 'BEING_HELPED', 'REMOVED']);
    expect(stored!.status).toBe('REMOVED');
    expect(stored!.version).toBe(3);
  });

  it('refuses an exit it cannot check against the household’s assessment, and writes nothing', async () => {
    // This registry runs alone: no GRAPH_URL, so no assessment to read. The checks themselves are
    // tested through the gateway (gateway/test/federation.test.ts).
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    await graphql(subgraph.url, CHANGE, { id, version: 1, input: { status: 'BEING_HELPED', date: '2016-04-01', reason: '结对帮扶' } }, subgraph.staff);
    const exit = await graphql(subgraph.url, CHANGE, { id, version: 2, input: { status: 'EXITED', date: '2019-12-01', reason: '验收' } }, subgraph.staff);
    expect(errorCode(exit)).toBe('EXIT_CHECK_UNAVAILABLE');
    expect(await Household.findOne({ id }).lean()).toMatchObject({ status: 'BEING_HELPED', version: 2 });
    const misplaced = await graphql(subgraph.url, CHANGE, { id, version: 2, input: { status: 'REMOVED', date: '2019-12-01', reason: '错评', override: '无' } }, subgraph.staff);
    expect(misplaced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'override' });
  });

  it('refuses a transition the lifecycle does not allow', async () => {
    const { data } = await register(household());
    const response = await graphql(subgraph.url, CHANGE, { id: data!.registerHousehold.id, version: 1, input: { status: 'EXITED', date: '2017-01-01', reason: '验收' } }, subgraph.staff);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('refuses a change dated before the latest entry', async () => {
    const { data } = await register(household());
    const response = await graphql(subgraph.url, CHANGE, { id: data!.registerHousehold.id, version: 1, input: { status: 'BEING_HELPED', date: '2015-01-01', reason: '帮扶' } }, subgraph.staff);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('refuses a stale version with CONFLICT and leaves the history as it was', async () => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const input = { status: 'BEING_HELPED', date: '2016-05-01', reason: '帮扶' };
    expect((await graphql(subgraph.url, CHANGE, { id, version: 1, input }, subgraph.staff)).errors).toBeUndefined();
    const stale = await graphql(subgraph.url, CHANGE, { id, version: 1, input: { ...input, status: 'REMOVED', reason: '错评' } }, subgraph.staff);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await Household.findOne({ id }).lean())!.statusHistory).toHaveLength(2);
  });

  it('answers NOT_FOUND for a household that does not exist, and BAD_USER_INPUT for an id that is not one', async () => {
    const input = { status: 'BEING_HELPED', date: '2016-05-01', reason: 'x' };
    expect(errorCode(await graphql(subgraph.url, CHANGE, { id: 'H4103261002019999', version: 1, input }, subgraph.staff))).toBe('NOT_FOUND');
    const malformed = await graphql(subgraph.url, CHANGE, { id: 'H000', version: 1, input }, subgraph.staff);
    expect([errorCode(malformed), malformed.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'householdId']);
  });
});

describe('editing members', () => {
  const ADD = `mutation($id: ID!, $v: Int!, $m: MemberInput!, $key: String!) { addMember(householdId: $id, version: $v, input: $m, idempotencyKey: $key) { version members { id name } } }`;
  const UPDATE = `mutation($id: ID!, $p: ID!, $v: Int!, $m: MemberPatch!) { updateMember(householdId: $id, personId: $p, version: $v, input: $m) { version members { id name phone } } }`;
  const REMOVE = `mutation($id: ID!, $p: ID!, $v: Int!) { removeMember(householdId: $id, personId: $p, version: $v, reason: "迁出") { version members { id } } }`;

  it('adds, edits and removes a member, each bumping the version, and frees the removed member’s resident ID', async () => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const child = member({ name: '李明', relation: 'CHILD', birthDate: '2008-09-01', residentId: residentId('410326', '20080901', 31), labourCapacity: 'NOT_APPLICABLE' });
    const added = await graphql<{ addMember: { version: number; members: { id: string }[] } }>(subgraph.url, ADD, { id, v: 1, m: child, key: randomUUID() }, subgraph.staff);
    expect(added.errors).toBeUndefined();
    const childId = added.data!.addMember.members[1]!.id;

    const edited = await graphql<{ updateMember: { version: number } }>(subgraph.url, UPDATE, { id, p: childId, v: 2, m: { name: '李明明', phone: '13912345678' } }, subgraph.staff);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateMember.version).toBe(3);

    const removed = await graphql<{ removeMember: { members: unknown[] } }>(subgraph.url, REMOVE, { id, p: childId, v: 3 }, subgraph.staff);
    expect(removed.data!.removeMember.members).toHaveLength(1);
    expect(await ResidentIdClaim.countDocuments({ _id: child.residentId })).toBe(0);
  });

  it('refuses to remove the head', async () => {
    const { data } = await register(household());
    const head = data!.registerHousehold.members[0]!.id;
    expect(errorCode(await graphql(subgraph.url, REMOVE, { id: data!.registerHousehold.id, p: head, v: 1 }, subgraph.staff))).toBe('BAD_USER_INPUT');
  });

  it('refuses an edit at a stale version with CONFLICT', async () => {
    const { data } = await register(household());
    const { id, members } = data!.registerHousehold;
    await graphql(subgraph.url, UPDATE, { id, p: members[0]!.id, v: 1, m: { phone: '13900000000' } }, subgraph.staff);
    expect(errorCode(await graphql(subgraph.url, UPDATE, { id, p: members[0]!.id, v: 1, m: { phone: '13900000001' } }, subgraph.staff))).toBe('CONFLICT');
  });
});

describe('personal data', () => {
  it('records who saw an unmasked resident ID, and why', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${subgraph.staff}`, 'x-access-purpose': encodeURIComponent('入户核查 2020-06') },
      body: JSON.stringify({ query: '{ household(id: "H4103261002010002") { members { residentId } } }' }),
    });
    expect(response.ok).toBe(true);
    const reads = await PersonalDataRead.find({ recordId: 'H4103261002010002-1' }).lean();
    expect(reads).toEqual([
      expect.objectContaining({ service: 'registry', subject: 'test-department_staff', role: 'department_staff', purpose: '入户核查 2020-06', field: 'Person.residentId', countyCode: '410326' }),
    ]);
  });

  it('records nothing for a masked read', async () => {
    await graphql(subgraph.url, '{ household(id: "H4103261002010003") { members { residentId } } }', {}, await tokenFor('inspector'));
    expect(await PersonalDataRead.countDocuments({ recordId: 'H4103261002010003-1' })).toBe(0);
  });
});

describe('counts', () => {
  it('counts the register and computes the incidence rate from the rural population', async () => {
    const { data } = await graphql<{ village: { registerCounts: { households: number; poorPeople: number }; incidenceRate: number } }>(
      subgraph.url,
      '{ village(code: "410325100201") { registerCounts { households poorPeople } incidenceRate } }',
    );
    // fixtures: 0 households in 嵩县's village yet; add three poor one-person households.
    expect(data!.village.registerCounts.households).toBe(0);
    await insertHouseholds(1, 3, '410325100201');
    const after = await graphql<typeof data>(subgraph.url, '{ village(code: "410325100201") { registerCounts { households poorPeople } incidenceRate } }');
    expect(after.data!.village.registerCounts).toEqual({ households: 3, poorPeople: 3 });
    expect(after.data!.village.incidenceRate).toBe(Math.round((3 / 2100) * 10_000) / 100);
  });
});

describe('incomes and verification visits (收入核算, 入户核验)', () => {
  const INCOME = /* GraphQL */ `mutation($id: ID!, $v: Int!, $input: DeclaredIncomeInput!) { recordIncome(householdId: $id, version: $v, input: $input) { version incomes { year agriculture transfers other recordedBy } } }`;
  const VISIT = /* GraphQL */ `mutation($input: VerificationVisitInput!, $key: String!) { recordVerificationVisit(input: $input, idempotencyKey: $key) { id year visitedOn food clothing satisfied household { id } } }`;
  type Incomes = { recordIncome: { version: number; incomes: { year: number; agriculture: number }[] } };

  it('declares a year’s income at the version, and a second declaration of the year replaces it', async () => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const first = await graphql<Incomes>(subgraph.url, INCOME, { id, v: 1, input: { year: 2019, agriculture: 800_000, transfers: 120_000, other: 0 } }, subgraph.staff);
    expect(first.errors).toBeUndefined();
    const second = await graphql<Incomes>(subgraph.url, INCOME, { id, v: 2, input: { year: 2019, agriculture: 900_000, transfers: 120_000, other: 0 } }, subgraph.staff);
    const third = await graphql<Incomes>(subgraph.url, INCOME, { id, v: 3, input: { year: 2018, agriculture: 400_000, transfers: 0, other: 0 } }, subgraph.staff);
    expect(second.data!.recordIncome.incomes).toMatchObject([{ year: 2019, agriculture: 900_000 }]);
    expect(third.data!.recordIncome).toMatchObject({ version: 4, incomes: [{ year: 2018, agriculture: 400_000 }, { year: 2019, agriculture: 900_000 }] });
    const stale = await graphql(subgraph.url, INCOME, { id, v: 1, input: { year: 2017, agriculture: 1, transfers: 0, other: 0 } }, subgraph.staff);
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it.each([
    ['a negative amount', { year: 2019, agriculture: -1, transfers: 0, other: 0 }, 'agriculture'],
    ['more than 100万元', { year: 2019, agriculture: 0, transfers: 100_000_001, other: 0 }, 'transfers'],
    ['a year before the campaign', { year: 2012, agriculture: 0, transfers: 0, other: 0 }, 'year'],
  ])('refuses an income with %s, and writes nothing', async (_, input, field) => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const response = await graphql(subgraph.url, INCOME, { id, v: 1, input }, subgraph.staff);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await Household.findById(id).lean())!).toMatchObject({ version: 1 });
  });

  it('records one visit per household and day, idempotently, and refuses a visit before the year it checks', async () => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const input = { householdId: id, year: 2019, visitedOn: '2019-11-20', food: true, clothing: true, satisfied: true };
    const visit = await graphql<{ recordVerificationVisit: unknown }>(subgraph.url, VISIT, { input, key: randomUUID() }, subgraph.staff);
    expect(visit.data!.recordVerificationVisit).toEqual({ id: `VV-${id}-20191120`, year: 2019, visitedOn: '2019-11-20', food: true, clothing: true, satisfied: true, household: { id } });
    expect(errorCode(await graphql(subgraph.url, VISIT, { input: { ...input, satisfied: false }, key: randomUUID() }, subgraph.staff))).toBe('CONFLICT');
    const early = await graphql(subgraph.url, VISIT, { input: { ...input, visitedOn: '2018-12-30' }, key: randomUUID() }, subgraph.staff);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitedOn' });
    const unknown = await graphql(subgraph.url, VISIT, { input: { ...input, householdId: 'H4103261002019998' }, key: randomUUID() }, subgraph.staff);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('keeps the register’s and the visits’ digests in step with every registration, edit and visit, as a rebuild from the records would', async () => {
    await rebuildDigests(mongoose.connection.db!, DIGESTS);
    const { data } = await register(household());
    const { id } = data!.registerHousehold;
    expect((await graphql(subgraph.url, INCOME, { id, v: 1, input: { year: 2019, agriculture: 700_000, transfers: 0, other: 0 } }, subgraph.staff)).errors).toBeUndefined();
    const input = { householdId: id, year: 2019, visitedOn: '2019-12-03', food: true, clothing: true, satisfied: false };
    expect((await graphql(subgraph.url, VISIT, { input, key: randomUUID() }, subgraph.staff)).errors).toBeUndefined();
    expect((await registerDigest.read([id.slice(1, 13)])).find((entry) => entry.id === id)).toMatchObject({ incomes: [{ year: 2019, agriculture: 700_000 }] });
    expect((await visitDigest.read([`${id.slice(1, 7)}/2019`])).find((entry) => entry.householdId === id)).toMatchObject({ satisfied: false });
    await expectDigestsInStep(DIGESTS);
  });

  it('answers retries of a visit with its idempotency key with the first visit', async () => {
    const { data } = await register(household());
    const input = { householdId: data!.registerHousehold.id, year: 2019, visitedOn: '2019-12-02', food: true, clothing: false };
    await expectOneRecordPerKey(subgraph.url, VISIT, 'recordVerificationVisit', input, { ...input, clothing: true }, subgraph.staff);
  });

  it('lets only registry staff declare incomes or record visits', async () => {
    const { data } = await register(household());
    const id = data!.registerHousehold.id;
    const token = await tokenFor('department_staff', { department: 'healthcare' });
    expect(errorCode(await graphql(subgraph.url, INCOME, { id, v: 1, input: { year: 2019, agriculture: 0, transfers: 0, other: 0 } }, token))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(subgraph.url, VISIT, { input: { householdId: id, year: 2019, visitedOn: '2019-12-01', food: true, clothing: true }, key: randomUUID() }, token))).toBe('FORBIDDEN');
  });
});
