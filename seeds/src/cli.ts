/**
 * npm run seed -- --households 100000 [--seed 42] [--uri mongodb://…] [--services registry,finance]
 * Replaces the chosen services' collections with generated data.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { acquireLocalEngine } from '@pas/mongo-runtime';
import { DEFAULT_SEED, DEMO_HOUSEHOLDS, fullScaleHouseholds, seed } from './index.js';

const { values } = parseArgs({
  options: {
    households: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    uri: { type: 'string' },
    services: { type: 'string' },
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

const started = performance.now();
const reports = await seed({ uri, households, seed: Number(values.seed), services: values.services?.split(',').map((s) => s.trim()) });
const seconds = (performance.now() - started) / 1000;

for (const report of reports) {
  const total = Object.values(report.documents).reduce((a, b) => a + b, 0);
  const detail = Object.entries(report.documents).map(([name, n]) => `${name} ${n}`).join(', ');
  console.log(`${report.service.padEnd(11)} ${String(total).padStart(9)} documents  (${detail})`);
}
console.log(`seeded ${households} households in ${seconds.toFixed(1)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
await engine?.stop();
