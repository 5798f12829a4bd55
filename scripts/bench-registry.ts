/**
 * Benchmark (not a test): p50/p95 of household listings with filters and of a 1,000-entity
 * reference batch, on a register of --households (default 100,000) households.
 *
 *   npm run bench:registry -- --households 100000
 *   npm run bench:registry -- --db registry --skip-seed   (data from `npm run seed`)
 *
 * Uses MONGODB_URI when set, otherwise the local embedded engine; seeds the `bench_registry`
 * database unless told to use one as it is.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { acquireLocalEngine } from '@pas/mongo-runtime';
import { seed } from '@pas/seeds';
import { signToken } from '@pas/platform';
import { connectDatabase, createSubgraph } from '@pas/subgraph-kit';
import { resolvers } from '../services/registry/src/resolvers/index.js';

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '100' },
    db: { type: 'string', default: 'bench_registry' },
    'skip-seed': { type: 'boolean', default: false },
  },
});
const households = Number(values.households);
const iterations = Number(values.iterations);

const engine = process.env.MONGODB_URI ? null : await acquireLocalEngine(pino({ level: 'warn' }));
const uri = process.env.MONGODB_URI ?? engine!.uri;
console.log(`engine: ${engine?.version ?? 'MONGODB_URI'}; database ${values.db}`);
let started = performance.now();
if (!values['skip-seed']) {
  await seed({ uri, households, services: ['registry'], dbPrefix: values.db!.replace(/registry$/, '') });
  console.log(`seeded ${households} households in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

process.env.LOG_LEVEL = 'warn';
started = performance.now();
const registry = createSubgraph({ name: 'registry', resolvers });
await connectDatabase({ uri, dbName: values.db! }, registry.log);
const subgraph = await registry.listen(0);
console.log(`started (indexes built) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const token = await signToken({ sub: 'bench', role: 'analyst' });
async function post(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 2; i++) await run(i); // warm-up
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

const total = ((await post('{ households(first: 0) { totalCount } }', {})).households as { totalCount: number }).totalCount;
console.log(`\n${iterations} iterations each, ${total} households:`);
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
