/**
 * Vitest global setup: one throw-away engine per test run, its URI provided to the tests as
 * `mongoUri`. With MONGODB_URI set, tests use that server instead, and every database a test
 * creates starts with this run's `dbPrefix`; only those are dropped at the end, so a test run
 * never touches data it did not create.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedEngine } from './engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    mongoEngine: string;
    /** Every test database's name starts with it. */
    dbPrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dbPrefix = `t${randomBytes(4).toString('hex')}_`;
  project.provide('dbPrefix', dbPrefix);
  if (process.env.MONGODB_URI) {
    const uri = process.env.MONGODB_URI;
    project.provide('mongoUri', uri);
    project.provide('mongoEngine', 'external');
    return () => dropDatabasesWithPrefix(uri, dbPrefix);
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

async function dropDatabasesWithPrefix(uri: string, prefix: string): Promise<void> {
  const client = new MongoClient(uri);
  try {
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    for (const { name } of databases) if (name.startsWith(prefix)) await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
