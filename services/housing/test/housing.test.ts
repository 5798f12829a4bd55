import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingQueries as countQueries, expectRefusedUnwritten, graphql, startTestSubgraph, tokenFor } from '@pas/test-helpers';
import type { RunningSubgraph } from '@pas/subgraph-kit';
import { HouseRenovation, Relocation, ResettlementSite, VillageDrinkingWater, VillageInfrastructure } from '../src/models/index.js';
import { resolvers } from '../src/resolvers/index.js';

let subgraph: RunningSubgraph;
/** Reads personal records: signed in, any county. */
let reader: string;

const villageCodes = Array.from({ length: 20 }, (_, i) => `410326100${String(201 + i)}`);
const householdIds = villageCodes.map((code) => `H${code}0001`);

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'housing', resolvers });
  reader = await tokenFor('inspector');
  await ResettlementSite.create([
    { id: 'RS-410326-001', name: '城关幸福社区', countyCode: '410326', townshipCode: '410326100', capacityHouseholds: 40, startedYear: 2016 },
    { id: 'RS-410325-001', name: '城关安居小区', countyCode: '410325', townshipCode: '410325100', capacityHouseholds: 30, startedYear: 2017 },
  ]);
  await Relocation.insertMany(
    householdIds.slice(0, 10).map((householdId, i) => ({
      id: `RL-${householdId}`,
      householdId,
      fromVillageCode: villageCodes[i]!,
      countyCode: '410326',
      siteId: 'RS-410326-001',
      year: 2017,
      people: 3,
      dwelling: 'ORDINARY',
      movedIn: i !== 0,
    })),
  );
  await HouseRenovation.insertMany(
    householdIds.slice(10).map((householdId, i) => ({
      id: `RN-${householdId}`,
      householdId,
      villageCode: villageCodes[10 + i]!,
      countyCode: '410326',
      grade: i % 2 ? 'C' : 'D',
      method: i % 2 ? 'REPAIR' : 'NEW_BUILD',
      subsidy: 2_000_000,
      completedYear: i === 0 ? null : 2018,
    })),
  );
  await VillageDrinkingWater.insertMany(
    villageCodes.map((villageCode) => ({ villageCode, countyCode: '410326', safe: true, source: 'PIPED', securedYear: 2017, investment: 1_000_000 })),
  );
  await VillageInfrastructure.insertMany(
    villageCodes.map((villageCode) => ({ villageCode, countyCode: '410326', hardenedRoad: true, busService: true, gridUpgraded: true, checkedYear: 2019 })),
  );
});
afterAll(() => subgraph?.stop());

/** Runs an operation as a signed-in reader (or `token`) and lists the collections it read. */
const countingQueries = <T>(query: string, variables: Record<string, unknown>, token?: string) => countQueries<T>(subgraph.url, query, variables, token ?? reader);

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordRenovationInput!, $key: String!) {
    recordRenovation(input: $input, idempotencyKey: $key) { id grade method subsidy completedYear household { id } }
  }
`;
const validInput = { householdId: 'H4103261002990001', villageCode: '410326100299', grade: 'D', method: 'NEW_BUILD', subsidy: 2_500_000, completedYear: 2019 };

describe('housing subgraph', () => {
  it('answers housing for 20 households through _entities with one query per collection', async () => {
    const { data, errors, calls } = await countingQueries<{ _entities: { id: string; housing: { safeHousing: boolean; relocation: { site: { name: string } } | null; renovation: { grade: string } | null } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id housing { safeHousing relocation { year movedIn site { name } } renovation { grade completedYear } } } } }`,
      { r: householdIds.map((id) => ({ __typename: 'Household', id })) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.id)).toEqual(householdIds);
    expect(calls).toEqual(['houseRenovations', 'relocations', 'resettlementSites']);
    expect(data!._entities[1]!.housing.relocation!.site.name).toBe('城关幸福社区');
    expect(data!._entities[12]!.housing.renovation!.grade).toBe('D');
    // Not yet moved in, and a renovation under way: both unsafe.
    expect(data!._entities.filter((e) => !e.housing.safeHousing).map((e) => e.id)).toEqual([householdIds[0], householdIds[10]]);
  });

  it('answers housing for 20 villages through _entities with one query per collection', async () => {
    const { data, errors, calls } = await countingQueries<{ _entities: { code: string; housing: { relocationsOut: unknown[] } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Village { code housing { drinkingWater { safe source } infrastructure { hardenedRoad busService } relocationsOut { id } } } } }`,
      { r: villageCodes.map((code) => ({ __typename: 'Village', code })) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e.housing.relocationsOut.length)).toEqual(villageCodes.map((_, i) => (i < 10 ? 1 : 0)));
    expect(calls).toEqual(['relocations', 'villageDrinkingWater', 'villageInfrastructure']);
  });

  it('counts only the households that have moved in to a resettlement site', async () => {
    const { data, errors } = await graphql<{ resettlementSites: { id: string; capacityHouseholds: number; householdsMoved: number }[] }>(
      subgraph.url,
      `{ resettlementSites(countyCode: "410326") { id capacityHouseholds householdsMoved } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.resettlementSites).toEqual([{ id: 'RS-410326-001', capacityHouseholds: 40, householdsMoved: 9 }]);
  });

  it('keeps a county official to the resettlement sites and renovations of their own county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const own = await graphql<{ resettlementSites: { id: string }[] }>(subgraph.url, `{ resettlementSites(countyCode: "410325") { id } }`, {}, token);
    expect(own.data!.resettlementSites.map((s) => s.id)).toEqual(['RS-410325-001']);
    const other = await graphql(subgraph.url, `{ renovations(countyCode: "410326") { id } }`, {}, token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists renovations of a county filtered by grade', async () => {
    const { data } = await graphql<{ renovations: { grade: string }[] }>(subgraph.url, `{ renovations(countyCode: "410326", grade: C) { grade } }`, {}, reader);
    expect(data!.renovations).toHaveLength(5);
    expect(new Set(data!.renovations.map((r) => r.grade))).toEqual(new Set(['C']));
  });

  it.each([
    ['of a safe grade-B house', { grade: 'B', method: 'REPAIR' }],
    ['without a subsidy', { subsidy: 0 }],
  ])('refuses to record a renovation %s and writes nothing', async (_, change) => {
    const token = await tokenFor('department_staff', { department: 'housing' });
    await expectRefusedUnwritten(HouseRenovation, () => graphql(subgraph.url, RECORD, { input: { ...validInput, ...change }, key: randomUUID() }, token), { code: 'BAD_USER_INPUT' });
  });

  it('refuses to record a renovation for anyone but housing staff', async () => {
    for (const token of [await tokenFor('county_official', { county: '410326' }), await tokenFor('department_staff', { department: 'finance' })]) {
      const { errors } = await graphql(subgraph.url, RECORD, { input: validInput, key: randomUUID() }, token);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('records one renovation case per household and refuses a second as a conflict', async () => {
    const token = await tokenFor('department_staff', { department: 'housing' });
    const first = await graphql<{ recordRenovation: { id: string; household: { id: string } } }>(subgraph.url, RECORD, { input: validInput, key: randomUUID() }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordRenovation).toMatchObject({ id: 'RN-H4103261002990001', household: { id: 'H4103261002990001' } });
    const second = await graphql(subgraph.url, RECORD, { input: { ...validInput, grade: 'C', method: 'REPAIR' }, key: randomUUID() }, token);
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await HouseRenovation.countDocuments({ householdId: validInput.householdId })).toBe(1);
  });
});
