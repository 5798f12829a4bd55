/**
 * Benchmark (not a test): this gateway against a bare `@apollo/gateway` with default settings,
 * over the same seven subgraph processes, driven by the same closed loop of the explorer's
 * example operations (`--mix examples`), or of small cross-subgraph reads whose time is mostly the
 * gateway's own (`--mix light`). Prints requests/s and p50/p95/p99 side by side.
 *
 *   npm run bench -w @pas/gateway -- [--mix examples|light] [--households 200] [--connections 16] [--duration 20] [--rounds 2]
 *
 * Uses MONGODB_URI when set, otherwise the local embedded engine; seeds `bench_<service>` databases.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import * as hdr from 'hdr-histogram-js';
import { Pool } from 'undici';
import { acquireLocalEngine } from '@pas/mongo-runtime';
import { seed } from '@pas/seeds';
import { createLogger, signToken, SUBGRAPHS } from '@pas/platform';
import { startServiceProcess } from '@pas/test-helpers';
import { exampleOperations } from '../explorer/build.js';
import { supergraphFile } from '../src/compose.js';
import { startGateway } from '../src/gateway.js';

process.env.LOG_LEVEL ??= 'warn';
const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '200' },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    mix: { type: 'string', default: 'examples' },
  },
});
const [households, connections, durationS, warmupS, rounds] = ['households', 'connections', 'duration', 'warmup', 'rounds'].map((k) => Number(values[k as keyof typeof values]));

const engine = process.env.MONGODB_URI ? null : await acquireLocalEngine(createLogger('bench'));
const uri = process.env.MONGODB_URI ?? engine!.uri;
await seed({ uri, households: households!, seed: 7, dbPrefix: 'bench_' });
const subgraphs = await Promise.all(
  SUBGRAPHS.map(({ name, entry }) => startServiceProcess(name, entry, { MONGODB_URI: uri, MONGODB_DB: `bench_${name}` })),
);
const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));

const ours = await startGateway({ port: 0, subgraphUrls });
const bare = await startBareGateway();
const targets = [
  { name: 'this gateway', url: ours.url },
  { name: 'bare @apollo/gateway', url: bare.url },
];

/** `@apollo/gateway` and `@apollo/server` with their defaults, plus what any deployment must add. */
async function startBareGateway(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer<{ authorization?: string }>({
    gateway: new ApolloGateway({
      supergraphSdl: readFileSync(supergraphFile, 'utf8'),
      // The subgraphs verify the caller's token themselves: without it they answer nothing personal.
      buildService: ({ name }) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url: subgraphUrls[name],
          willSendRequest: ({ request, context }) => {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          },
        }),
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 }, context: async ({ req }) => ({ authorization: req.headers.authorization }) });
  return { url, stop: () => server.stop() };
}

const token = await signToken({ sub: 'bench', role: 'analyst' });
// Small collections (14 headquarters, 13 counties, 4 years of funds): little for the engine to do.
const LIGHT = [
  'query Headquarters { headquarters { code name leadDepartment { name } } }',
  'query Counties { counties { code name city nationalPovertyCounty } }',
  'query CountyFunds { county(code: "410326") { name finance { povertyFunds { year allocated disbursed } } } }',
];
const mix =
  values.mix === 'light'
    ? LIGHT.map((query) => ({ name: /query (\w+)/.exec(query)![1]!, text: query }))
    : exampleOperations().map(({ file, text }) => ({ name: file.replace(/\.graphql$/, ''), text }));
const operations = mix.map(({ name, text }) => ({ name, body: JSON.stringify({ query: text }) }));

async function post(pool: Pool, path: string, body: string): Promise<{ ok: boolean; text: string }> {
  const response = await pool.request({ method: 'POST', path, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const text = await response.body.text();
  return { ok: response.statusCode === 200 && !text.includes('"errors"'), text };
}

// The same answers from both, or the comparison means nothing.
for (const operation of operations) {
  const answers = await Promise.all(
    targets.map(async ({ name, url }) => {
      const pool = new Pool(new URL(url).origin);
      const { ok, text } = await post(pool, new URL(url).pathname, operation.body);
      await pool.close();
      if (!ok) throw new Error(`${operation.name} failed on ${name}: ${text.slice(0, 500)}`);
      return JSON.stringify(JSON.parse(text).data);
    }),
  );
  if (answers[0] !== answers[1]) throw new Error(`${operation.name} answers differently on the two gateways`);
}

interface Result {
  requests: number;
  errors: number;
  seconds: number;
  histogram: hdr.Histogram;
}

/** `connections` workers, each sending the mix in turn as fast as answers come back. */
async function drive(url: string, seconds: number): Promise<Result> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections });
  const histogram = hdr.build({ numberOfSignificantValueDigits: 3 });
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections! }, async (_, worker) => {
      for (let i = worker; performance.now() < until; i++) {
        const sent = performance.now();
        const { ok } = await post(pool, pathname, operations[i % operations.length]!.body);
        histogram.recordValue(Math.round((performance.now() - sent) * 1000)); // microseconds
        requests++;
        if (!ok) errors++;
      }
    }),
  );
  await pool.close();
  return { requests, errors, seconds: (performance.now() - started) / 1000, histogram };
}

console.log(`engine ${engine?.version ?? 'MONGODB_URI'}; ${values.mix} mix; ${households} households; ${connections} connections; ${durationS} s per run, ${rounds} rounds`);
console.log(`mix: ${operations.map((o) => o.name).join(', ')}`);
const results = new Map(targets.map((t) => [t.name, [] as Result[]]));
for (let round = 0; round < rounds!; round++) {
  for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
    await drive(target.url, warmupS!);
    results.get(target.name)!.push(await drive(target.url, durationS!));
  }
}

const ms = (histogram: hdr.Histogram, p: number) => (histogram.getValueAtPercentile(p) / 1000).toFixed(1);
console.table(
  Object.fromEntries(
    [...results].map(([name, runs]) => {
      const histogram = hdr.build({ numberOfSignificantValueDigits: 3 });
      for (const run of runs) histogram.add(run.histogram);
      const requests = runs.reduce((sum, r) => sum + r.requests, 0);
      const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
      return [
        name,
        {
          'req/s': Math.round(requests / seconds),
          'p50 ms': ms(histogram, 50),
          'p95 ms': ms(histogram, 95),
          'p99 ms': ms(histogram, 99),
          errors: runs.reduce((sum, r) => sum + r.errors, 0),
        },
      ];
    }),
  ),
);

await Promise.all([ours.stop(), bare.stop()]);
await Promise.all(subgraphs.map((s) => s.stop()));
await engine?.stop();
