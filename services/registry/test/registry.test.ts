import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestSubgraph, tokenFor } from '@pas/test-helpers';
import type { RunningSubgraph } from '@pas/subgraph-kit';
import { resolvers } from '../src/resolvers/index.js';
import { Village } from '../src/models/index.js';
import { insertHouseholds, insertRegion, residentId } from './fixtures.js';

let subgraph: RunningSubgraph;
let analyst: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph({ name: 'registry', resolvers });
  await insertRegion();
  await insertHouseholds(1, 30);
  await insertHouseholds(1, 5, '410325100201');
  analyst = await tokenFor('analyst');
});
afterAll(() => subgraph?.stop());

const PAGE = /* GraphQL */ `
  query Page($filter: HouseholdFilter, $after: String) {
    households(filter: $filter, first: 10, after: $after) {
      totalCount
      edges { cursor node { id headName village { name county { name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
interface Page {
  households: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

describe('registry subgraph', () => {
  it('pages through a county without repeating or skipping when households are registered meanwhile', async () => {
    const filter = { countyCode: '410326' };
    const seen: string[] = [];
    let after: string | undefined;
    let page = 0;
    do {
      const { data, errors } = await graphql<Page>(subgraph.url, PAGE, { filter, after }, analyst);
      expect(errors).toBeUndefined();
      seen.push(...data!.households.edges.map((e) => e.node.id));
      after = data!.households.pageInfo.hasNextPage ? data!.households.pageInfo.endCursor : undefined;
      if (++page === 1) await insertHouseholds(31, 33); // sorts after every id already seen
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(33);
  });

  it('lists counties with their villages and the villages of one county', async () => {
    const { data, errors } = await graphql<{ counties: { code: string; villages: { code: string }[] }[]; villages: { code: string }[] }>(
      subgraph.url,
      '{ counties { code name villages { code } } villages(countyCode: "410326") { code name } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.counties.map((c) => c.code)).toEqual(['410325', '410326']);
    expect(data!.counties[1]!.villages.map((v) => v.code)).toContain('410326100201');
    expect(data!.villages.map((v) => v.code)).toContain('410326100201');
  });

  it('refuses a cursor it did not issue', async () => {
    const { errors } = await graphql(subgraph.url, PAGE, { after: 'not-a-cursor' }, analyst);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves households and persons by reference with one query each', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `H410326100201${String(i + 1).padStart(4, '0')}`);
    const representations = [
      ...ids.map((id) => ({ __typename: 'Household', id })),
      ...ids.map((id) => ({ __typename: 'Person', id: `${id}-1` })),
    ];
    const queries: string[] = [];
    mongoose.set('debug', (collection: string) => queries.push(collection));
    const { data, errors } = await graphql<{ _entities: ({ id: string } | null)[] }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id headName } ... on Person { id name } } }`,
      { r: representations },
      analyst,
    );
    mongoose.set('debug', false);
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e?.id)).toEqual(representations.map((r) => r.id));
    expect(queries).toEqual(['households', 'households']);
  });

  it('resolves 1,000 households by reference with one database query', async () => {
    await Village.create({ code: '410326100202', name: '西街村', townshipCode: '410326100', countyCode: '410326', ruralPopulation: 9000 });
    await insertHouseholds(1, 1000, '410326100202');
    const representations = Array.from({ length: 1000 }, (_, i) => ({ __typename: 'Household', id: `H410326100202${String(i + 1).padStart(4, '0')}` }));
    const queries: string[] = [];
    mongoose.set('debug', (collection: string) => queries.push(collection));
    const { data, errors } = await graphql<{ _entities: { id: string; status: string }[] }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id status } } }`,
      { r: representations },
      analyst,
    );
    mongoose.set('debug', false);
    expect(errors).toBeUndefined();
    expect(data!._entities).toHaveLength(1000);
    expect(data!._entities.every((e) => e.status === 'BEING_HELPED')).toBe(true);
    expect(queries).toEqual(['households']);
  });

  it('shows a resident ID whole to registry staff and masked to its region to an inspector, who sees only the birth year', async () => {
    const query = `{ household(id: "H4103261002010001") { members { residentId phone birthYear birthDate } } }`;
    type Members = { household: { members: { residentId: string; phone: string; birthYear: number; birthDate: string | null }[] } };
    const inspector = await graphql<Members>(subgraph.url, query, {}, await tokenFor('inspector'));
    expect(inspector.data!.household.members[0]).toEqual({ residentId: '410326************', phone: '13800001234', birthYear: 1970, birthDate: null });
    expect(inspector.errors).toEqual([expect.objectContaining({ path: ['household', 'members', 0, 'birthDate'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);

    const staff = await graphql<Members>(subgraph.url, query, {}, await tokenFor('department_staff', { department: 'registry' }));
    expect(staff.data!.household.members[0]).toMatchObject({ residentId: residentId('410326', '19700501', 1), birthDate: '1970-05-01' });
  });

  it('shows households and persons to no anonymous caller, but counties and villages to all', async () => {
    for (const query of [PAGE, '{ household(id: "H4103261002010001") { id } }', '{ person(id: "H4103261002010001-1") { name } }']) {
      expect((await graphql(subgraph.url, query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await graphql(subgraph.url, '{ counties { name incidenceRate } }')).errors).toBeUndefined();
  });

  it('keeps a county official inside their county', async () => {
    const token = await tokenFor('county_official', { county: '410325' });
    const { data } = await graphql<Page>(subgraph.url, PAGE, {}, token);
    expect(data!.households.totalCount).toBe(5);
    const other = await graphql(subgraph.url, `{ household(id: "H4103261002010001") { id } }`, {}, token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a forged token', async () => {
    const forged = (await tokenFor('city_leader')).slice(0, -4) + 'AAAA';
    const { errors } = await graphql(subgraph.url, `{ counties { code } }`, {}, forged);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
