/**
 * `npm run bench -- [--households 2000 | --scale 1] [--county 410326] [--runs 40]`: the whole
 * stack on the default engine at a given scale (only one county's register, at its size in that
 * world, with --county), and how long the graph takes to answer what its users ask most, through the
 * gateway with an inspector's token (who sees every example's fields), one request at a time. Prints p50/p95 per query, seeding
 * documents/s and the engine's peak RSS. A benchmark, not a test: it prints figures and judges
 * nothing. With MONGODB_URI it measures that server instead (databases `bench_*`).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedEngine, type EngineHandle } from '@pas/mongo-runtime';
import { fullScaleHouseholds, seed } from '@pas/seeds';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import { createLogger, signToken, SUBGRAPHS } from '@pas/platform';
import { startServiceProcess } from '@pas/test-helpers';
import { exampleOperations } from '../gateway/explorer/build.js';
import { startGateway } from '../gateway/src/gateway.js';

process.env.LOG_LEVEL ??= 'warn';
// Production services refuse to start without a signing key; the subgraphs inherit this one.
process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '2000' },
    scale: { type: 'string' },
    county: { type: 'string' },
    runs: { type: 'string', default: '40' },
    warmup: { type: 'string', default: '5' },
  },
});
const households = values.scale ? Math.round(Number(values.scale) * fullScaleHouseholds()) : Number(values.households);
const counties = values.county ? [values.county] : undefined;
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pas-bench-'));
const engine: EngineHandle | null = process.env.MONGODB_URI ? null : await startEmbeddedEngine({ dataDir, log: createLogger('bench') });
const uri = process.env.MONGODB_URI ?? engine!.uri;
console.log(`engine: ${engine?.version ?? 'MONGODB_URI'}; ${households} households${counties ? ` (only ${counties.join(', ')})` : ''}; ${runs} runs per query after ${warmup} warm-up`);


const subgraphs = [];
for (const { name, entry } of SUBGRAPHS) {
  // As deployed (NODE_ENV=production in the image): graphql-js checks every type it meets otherwise.
  subgraphs.push(await startServiceProcess(name, entry, { MONGODB_URI: uri, MONGODB_DB: `bench_${name}`, NODE_ENV: 'production' }));
}
// Seeded after the subgraphs built their indexes on empty collections, so the rate includes
// keeping every index up to date, as when records arrive in a running system.
const seedStarted = performance.now();
const reports = await seed({ uri, households, counties, seed: 7, dbPrefix: 'bench_' });
const seedSeconds = (performance.now() - seedStarted) / 1000;
const documents = reports.reduce((sum, r) => sum + Object.values(r.documents).reduce((a, b) => a + b, 0), 0);
console.log(`seeded ${documents} documents in ${seedSeconds.toFixed(1)} s: ${Math.round(documents / seedSeconds)} documents/s`);
const gateway = await startGateway({ port: 0, subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) });
const token = await signToken({ sub: 'bench', role: 'inspector' });

async function ask<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-access-purpose': 'benchmark' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data!;
}

type FirstHousehold = { households: { edges: { node: { id: string; village: { county: { code: string } } } }[] } };
const first = await ask<FirstHousehold>('{ households(first: 1) { edges { node { id village { county { code } } } } } }');
const householdId = first.households.edges[0]!.node.id;
const countyCode = first.households.edges[0]!.node.village.county.code;

const FIVE_DOMAINS = `query ($id: ID!) { household(id: $id) { id headName
  employment { employedMembers monthlyWageIncome }
  health { fullyInsured(year: 2019) outOfPocket(year: 2019) }
  education { compulsoryEducationSecured(schoolYear: 2019) }
  housing { safeHousing }
  finance { microloans { amount status } } } }`;
const COUNTY_PAGE = (withTotal: boolean) =>
  `query ($county: ID!) { households(filter: { countyCode: $county }, first: 50) { ${withTotal ? 'totalCount' : ''} edges { node { id headName status } } } }`;

const HOUSEHOLD_EXIT = `query ($id: ID!) { household(id: $id) { exitAssessment(year: 2019) { verdict criteria { key verdict source evidence { label value } } } } }`;
const COUNTY_EXIT_LIST = `query ($county: ID!) { county(code: $county) { exitAssessment(year: 2019) { households { householdId status verdict reasons { key verdict } } } } }`;
const COUNTY_COMPARISON = `query ($county: ID!, $first: Int = 500) { county(code: $county) { exitAssessment(year: 2019) { comparison(first: $first) { totalCount candidates { reason householdId personId evidence { label value } } } } } }`;
const COUNTY_EXIT_CRITERIA = `query ($county: ID!) { county(code: $county) { exitAssessment(year: 2019) { verdict criteria { key verdict evidence { label value } } } } }`;

const cases: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'household(id)', query: 'query ($id: ID!) { household(id: $id) { id headName status village { name } } }', variables: { id: householdId } },
  { name: 'household + five domains', query: FIVE_DOMAINS, variables: { id: householdId } },
  { name: 'county page of 50', query: COUNTY_PAGE(false), variables: { county: countyCode } },
  { name: 'county page of 50 + totalCount', query: COUNTY_PAGE(true), variables: { county: countyCode } },
  { name: 'household exit assessment', query: HOUSEHOLD_EXIT, variables: { id: householdId } },
  { name: 'county exit assessment: every household', query: COUNTY_EXIT_LIST, variables: { county: countyCode } },
  { name: 'county exit assessment: criteria', query: COUNTY_EXIT_CRITERIA, variables: { county: countyCode } },
  { name: 'county data comparison', query: COUNTY_COMPARISON, variables: { county: countyCode } },
  { name: '14 headquarters', query: '{ headquarters { code name category leadDepartment { name } memberDepartments { name } } }' },
  ...exampleOperations().map(({ file, text }) => ({ name: `explorer: ${file.replace(/\.graphql$/, '')}`, query: text })),
];

// How many subgraph fetches the gateway's plan makes for a query, whatever the data.
const supergraph = Supergraph.build(readFileSync(new URL('../gateway/supergraph.graphql', import.meta.url), 'utf8'));
const planner = new QueryPlanner(supergraph);
function fetchesIn(node: PlanNode | undefined): number {
  if (!node) return 0;
  if (node.kind === 'Fetch') return 1;
  if (node.kind === 'Flatten') return fetchesIn(node.node);
  if (node.kind === 'Sequence' || node.kind === 'Parallel') return node.nodes.reduce((sum, child) => sum + fetchesIn(child), 0);
  return 0;
}
const fetchesOf = (query: string) => fetchesIn(planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query))).node as PlanNode | undefined);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const table: Record<string, { fetches: number; p50_ms: string; p95_ms: string; max_ms: string }> = {};
for (const { name, query, variables } of cases) {
  const times: number[] = [];
  try {
    for (let i = 0; i < warmup; i++) await ask(query, variables);
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await ask(query, variables);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    table[name] = { fetches: fetchesOf(query), p50_ms: percentile(times, 50).toFixed(1), p95_ms: percentile(times, 95).toFixed(1), max_ms: times.at(-1)!.toFixed(1) };
  } catch (error) {
    // A query that fails (a subgraph timing out, say) is a result too: the table says so.
    const failed = `failed: ${(error as Error).message.match(/"code":"(\w+)"/)?.[1] ?? 'error'}`;
    table[name] = { fetches: fetchesOf(query), p50_ms: failed, p95_ms: failed, max_ms: failed };
  }
  console.log(`${name}: p50 ${table[name].p50_ms} ms, p95 ${table[name].p95_ms} ms`);
}
console.table(table);

/** Linux's high-water mark of a process's resident memory. */
function peakRssMiB(pid: number): string {
  try {
    const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return `${(kib / 1024).toFixed(0)} MiB`;
  } catch {
    return 'unknown';
  }
}
if (engine) console.log(`engine peak RSS: ${peakRssMiB(engine.pid)}`);

await gateway.stop();
await Promise.all(subgraphs.map((s) => s.stop()));
await engine?.stop();
rmSync(dataDir, { recursive: true, force: true });
