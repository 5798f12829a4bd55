/**
 * npm run seed -- --households 100000 [--seed 42] [--uri mongodb://…] [--services registry,finance] [--yes]
 * Replaces the chosen services' collections with generated data; data already there is
 * replaced only with --yes.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { acquireLocalEngine } from '@pas/mongo-runtime';
import { databasesWithData, DEFAULT_SEED, DEMO_HOUSEHOLDS, fullScaleHouseholds, seed, selectModules } from './index.js';

const { values } = parseArgs({
  options: {
    households: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    uri: { type: 'string' },
    services: { type: 'string' },
    yes: { type: 'boolean', default: false },
  },
});

function positiveNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const households = values.households
  ? Math.round(positiveNumber('households', values.households))
  : values.scale
    ? Math.round(positiveNumber('scale', values.scale) * fullScaleHouseholds())
    : DEMO_HOUSEHOLDS;
const log = pino({ name: 'seed', level: 'warn' });
const engine = values.uri ?? process.env.MONGODB_URI ? null : await acquireLocalEngine(log);
const uri = values.uri ?? process.env.MONGODB_URI ?? engine!.uri;

let services: string[];
try {
  services = selectModules(values.services?.split(',').map((s) => s.trim())).map((m) => m.service);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const existing = await databasesWithData(uri, services);
if (Object.keys(existing).length > 0 && !values.yes) {
  const list = Object.entries(existing).map(([service, n]) => `  ${service}: ${n} documents`).join('\n');
  console.error(`These databases already hold data, which seeding would replace:\n${list}\nRun again with --yes to replace it.`);
  await engine?.stop();
  process.exit(1);
}

console.log(`seeding ${households} households into ${services.join(', ')}`);
const started = performance.now();
await seed({
  uri,
  households,
  seed: Number(values.seed),
  services,
  onProgress: ({ service, collection, documents }) => console.log(`${service.padEnd(11)} ${collection.padEnd(28)} ${String(documents).padStart(9)} documents  ${((performance.now() - started) / 1000).toFixed(1)} s`),
});
const seconds = (performance.now() - started) / 1000;
console.log(`seeded ${households} households in ${seconds.toFixed(1)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
await engine?.stop();
