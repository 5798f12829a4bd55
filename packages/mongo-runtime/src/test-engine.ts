/**
 * Vitest global setup: one throw-away engine per test run, its URI provided to the tests as
 * `mongoUri`. Honours MONGODB_URI (tests then use databases with unique names).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedEngine } from './engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    mongoEngine: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.MONGODB_URI) {
    project.provide('mongoUri', process.env.MONGODB_URI);
    project.provide('mongoEngine', 'external');
    return async () => undefined;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pas-test-engine-'));
  const engine = await startEmbeddedEngine({ dataDir, log: pino({ level: 'warn' }) });
  project.provide('mongoUri', engine.uri);
  project.provide('mongoEngine', engine.engine);
  return async () => {
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
