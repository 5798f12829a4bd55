import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';
import { testDbName } from './test-db.js';
import { signToken, startSubgraph, type Role, type RunningSubgraph, type SubgraphOptions } from '@pas/subgraph-kit';

/**
 * Starts a subgraph in this test process on a free port, in a database of its own on the
 * run's test engine.
 */
export async function startTestSubgraph(options: SubgraphOptions): Promise<RunningSubgraph & { dbName: string }> {
  const dbName = testDbName(`${options.name}_${randomUUID().slice(0, 8)}`);
  process.env.MONGODB_URI = inject('mongoUri');
  process.env.MONGODB_DB = dbName;
  process.env.PORT = '0';
  return { ...(await startSubgraph(options)), dbName };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Posts one operation over real HTTP, as the gateway or a client would. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** A token for a role, signed with the development secret every service verifies in tests. */
export function tokenFor(role: Role, scope: { county?: string; department?: string } = {}): Promise<string> {
  return signToken({ sub: `test-${role}`, role, ...scope });
}
export { testDbName } from './test-db.js';
export { startServiceProcess, type ServiceProcess } from './process.js';
export { buildFamilyWorld, buildRegionWorld } from './worlds.js';
export { expectStoredUnchanged, itSeedsEveryCollection } from './seed-documents.js';
