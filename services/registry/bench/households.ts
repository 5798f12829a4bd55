/**
 * Benchmark (not a test): p50/p95 of household listings with filters and of a 1,000-entity
 * reference batch, on a register of --households (default 100,000) households.
 *
 *   npm run bench -w @pas/registry -- --households 100000
 *
 * Uses MONGODB_URI when set, otherwise a throw-away embedded engine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startEmbeddedEngine } from '@pas/mongo-runtime';
import { seed } from '@pas/seeds';
import { startSubgraph } from '@pas/subgraph-kit';
import { resolvers } from '../src/resolvers/index.js';

const { values } = parseArgs({ options: { households: { type: 'string', default: '100000' }, iterations: { type: 'string', default: '100' } } });
const households = Number(values.households);
const iterations = Number(values.iterations);

const dataDir = process.env.MONGODB_URI ? null : mkdtempSync(path.join(os.tmpdir(), 'pas-bench-'));
const engine = dataDir ? await startEmbeddedEngine({ dataDir, log: pino({ level: 'warn' }) }) : null;
const uri = process.env.MONGODB_URI ?? engine!.uri;
console.log(`engine: ${engine?.version ?? 'MONGODB_URI'}; seeding ${households} households…`);
let started = performance.now();
await seed({ uri, households, services: ['registry'], dbPrefix: 'bench_' });
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

process.env.MONGODB_URI = uri;
process.env.MONGODB_DB = 'bench_registry';
process.env.LOG_LEVEL = 'warn';
started = performance.now();
const subgraph = await startSubgraph({ name: 'registry', port: 0, schemaFile: new URL('../schema.graphql', import.meta.url), resolvers });
console.log(`started (indexes built) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

async function post(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(subgraph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(52)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
}

const PAGE = `query($filter: HouseholdFilter, $after: String) {
  households(filter: $filter, first: 50, after: $after) { totalCount edges { cursor node { id headName status members { id name } } } pageInfo { endCursor hasNextPage } }
}`;
const villages = (await post('{ villages(countyCode: "410326") { code } }', {})).villages as { code: string }[];
const secondPageCursor = ((await post(PAGE, { filter: { countyCode: '410326' } })).households as { pageInfo: { endCursor: string } }).pageInfo.endCursor;

console.log(`\n${iterations} iterations each, ${households} households:`);
await measure('households(first: 50), no filter', () => post(PAGE, {}));
await measure('households(first: 50, county)', () => post(PAGE, { filter: { countyCode: '410326' } }));
await measure('households(first: 50, county, after: cursor)', () => post(PAGE, { filter: { countyCode: '410326' }, after: secondPageCursor }));
await measure('households(first: 50, county + status MONITORED)', () => post(PAGE, { filter: { countyCode: '410326', status: 'MONITORED' } }));
await measure('households(first: 50, village)', (i) => post(PAGE, { filter: { villageCode: villages[i % villages.length]!.code } }));
await measure('households(first: 50, cause ILLNESS)', () => post(PAGE, { filter: { cause: 'ILLNESS' } }));
await measure('households(first: 50, headName prefix 王)', () => post(PAGE, { filter: { headName: '王' } }));

const ids = ((await post(`{ households(first: 200) { edges { node { id } } } }`, {})).households as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
const allIds: string[] = [...ids];
let after: string | undefined;
while (allIds.length < 5_000) {
  const page = (await post('query($after: String) { households(first: 200, after: $after) { edges { node { id } } pageInfo { endCursor } } }', { after })).households as {
    edges: { node: { id: string } }[];
    pageInfo: { endCursor: string };
  };
  allIds.push(...page.edges.map((e) => e.node.id));
  after = page.pageInfo.endCursor;
}
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id headName status } } }';
await measure('_entities: 1,000 households by reference', (i) =>
  post(ENTITIES, { r: Array.from({ length: 1000 }, (_, k) => ({ __typename: 'Household', id: allIds[(i * 997 + k * 5) % allIds.length] })) }),
);

await subgraph.stop();
await engine?.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
