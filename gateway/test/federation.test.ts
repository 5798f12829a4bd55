import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServiceProcess, tokenFor } from '@pas/test-helpers';
import { inject } from 'vitest';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ households: 300, subgraphTimeoutMs: 3_000 });
}, 180_000);
afterAll(() => stack?.stop());

const HOUSEHOLDS = /* GraphQL */ `
  query {
    households(filter: { countyCode: "410326" }, first: 5) {
      totalCount
      edges {
        node {
          id
          headName
          village { name county { name } }
          members { name residentId }
          employment { __typename }
          health { __typename }
          education { __typename }
          housing { __typename }
          finance { __typename }
        }
      }
    }
    headquarters { code name }
  }
`;

interface HouseholdsResult {
  households: { totalCount: number; edges: { node: Record<string, unknown> & { members: { residentId: string }[] } }[] };
  headquarters: { code: string }[];
}

describe('the composed supergraph', () => {
  it('answers one query with fields from all seven subgraphs', async () => {
    const { data, errors } = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS);
    expect(errors).toBeUndefined();
    expect(data!.households.totalCount).toBeGreaterThan(0);
    const node = data!.households.edges[0]!.node;
    expect(node.village).toMatchObject({ county: { name: '汝阳县' } });
    for (const domain of ['employment', 'health', 'education', 'housing', 'finance']) expect(node[domain]).toBeTruthy();
    expect(data!.headquarters).toHaveLength(14);
  });

  it('forwards the caller to the subgraphs, which mask personal data for a city leader', async () => {
    const { data } = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, await tokenFor('city_leader'));
    expect(data!.households.edges[0]!.node.members[0]!.residentId).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const staff = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS, {}, await tokenFor('department_staff', { department: 'registry' }));
    expect(staff.data!.households.edges[0]!.node.members[0]!.residentId).toMatch(/^\d{17}[\dX]$/);
  });

  it('refuses a forged token at the gateway', async () => {
    const forged = (await tokenFor('city_leader')).slice(0, -3) + 'abc';
    const { errors } = await graphql(stack.gateway.url, HOUSEHOLDS, {}, forged);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the other subgraphs’ data with an error naming the subgraph that is down, and recovers when it returns', async () => {
    const employment = stack.subgraphs.employment;
    await employment.kill();
    const partial = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS);
    expect(partial.data?.households.edges.length).toBeGreaterThan(0);
    expect(partial.errors).toContainEqual(
      expect.objectContaining({ message: 'The employment subgraph is unreachable', extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'employment' }) }),
    );
    expect(partial.data!.households.edges[0]!.node.employment).toBeNull();
    expect(partial.data!.households.edges[0]!.node.health).toBeTruthy();

    stack.subgraphs.employment = await startServiceProcess('employment', 'services/employment/src/index.ts', { MONGODB_URI: inject('mongoUri') }, employment.port);
    const recovered = await graphql<HouseholdsResult>(stack.gateway.url, HOUSEHOLDS);
    expect(recovered.errors).toBeUndefined();
  });
});
