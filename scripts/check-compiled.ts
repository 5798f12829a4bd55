/**
 * Runs every subgraph of subgraphs.json from the JavaScript `npm run build` compiled, the way
 * its image runs it (no TypeScript loader, the `compiled` export condition), over a throw-away
 * engine: each must connect, say it is ready and serve its schema. Part of `npm test`, after
 * the build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedEngine } from '@pas/mongo-runtime';
import { SUBGRAPHS } from '@pas/platform';
import { startServiceProcess, type ServiceProcess } from '@pas/test-helpers';

/** services/registry/src/index.ts → services/registry/dist/index.js */
const compiledEntry = (entry: string) => entry.replace('/src/', '/dist/').replace(/\.ts$/, '.js');

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pas-compiled-'));
const engine = await startEmbeddedEngine({ dataDir, log: pino({ level: 'warn' }) });
const running: ServiceProcess[] = [];
let failed = false;
try {
  for (const { name, entry } of SUBGRAPHS) {
    try {
      const service = await startServiceProcess(name, compiledEntry(entry), { MONGODB_URI: engine.uri, MONGODB_DB: `compiled_${name}` }, undefined, { compiled: true });
      running.push(service);
      const ready = await fetch(service.url.replace('/graphql', '/ready'));
      const answer = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      }).then((r) => r.json() as Promise<{ data?: { _service: { sdl: string } } }>);
      if (!ready.ok || !answer.data?._service.sdl.includes('type Query')) throw new Error(`ready ${ready.status}, schema ${JSON.stringify(answer).slice(0, 200)}`);
      console.log(`${name}: runs compiled (${compiledEntry(entry)})`);
    } catch (error) {
      failed = true;
      console.error(`${name}: does not run compiled: ${(error as Error).message}`);
    }
  }
} finally {
  await Promise.all(running.map((service) => service.stop()));
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
