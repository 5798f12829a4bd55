/**
 * npm run rebuild-digests -- [--uri mongodb://…] [--services registry,healthcare]
 * Makes the digests the services keep on write anew from their records. Run it with the
 * services' writes stopped: a record written during the rebuild may be missing until its next write.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { acquireLocalEngine } from '@pas/mongo-runtime';
import { rebuildAllDigests } from './index.js';

const { values } = parseArgs({ options: { uri: { type: 'string' }, services: { type: 'string' } } });
const engine = (values.uri ?? process.env.MONGODB_URI) ? null : await acquireLocalEngine(pino({ name: 'rebuild-digests', level: 'warn' }));
const uri = values.uri ?? process.env.MONGODB_URI ?? engine!.uri;
const started = performance.now();
try {
  for (const [service, digests] of Object.entries(await rebuildAllDigests(uri, values.services?.split(',').map((s) => s.trim())))) {
    for (const [name, entries] of Object.entries(digests)) console.log(`${service.padEnd(11)} ${name.padEnd(22)} ${String(entries).padStart(9)} records`);
  }
  console.log(`rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await engine?.stop();
}
