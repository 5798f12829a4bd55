import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { MongoClient, type MongoClientOptions } from 'mongodb';
import { startEmbeddedEngine } from './engine.js';
import { dataRoot } from './paths.js';
import { isAlive, type EngineHandle, type Logger } from './process.js';

export { EngineUnavailableError, provisionEngine, startEmbeddedEngine } from './engine.js';
export { spawnTiedToParent, type EngineHandle, type Logger } from './process.js';
export { dataRoot, repoRoot } from './paths.js';

/**
 * Client options for a URI: a single server is reached directly, a replica set or an SRV
 * record (production) through discovery.
 */
export function mongoClientOptions(uri: string): MongoClientOptions {
  return { directConnection: !uri.includes('replicaSet=') && !uri.startsWith('mongodb+srv') };
}

const lockFile = path.join(dataRoot, 'engine.json');
let localEngine: Promise<EngineHandle> | undefined;

/**
 * The engine of a local run. The first process to need one starts it and records it in
 * `.data/engine.json`; others reuse it while its owner lives.
 */
export function acquireLocalEngine(log: Logger): Promise<EngineHandle> {
  localEngine ??= (async () => {
    const running = await readRunningEngine();
    if (running) {
      log.info({ engine: running.engine, version: running.version, uri: running.uri }, 'using the local MongoDB engine already running');
      return { ...running, stop: async () => undefined };
    }
    mkdirSync(dataRoot, { recursive: true });
    const handle = await startEmbeddedEngine({ dataDir: dataRoot, log });
    const { stop, ...record } = handle;
    writeFileSync(lockFile, JSON.stringify(record, null, 2));
    return {
      ...handle,
      stop: async () => {
        rmSync(lockFile, { force: true });
        await stop();
      },
    };
  })();
  return localEngine;
}

async function readRunningEngine(): Promise<Omit<EngineHandle, 'stop'> | undefined> {
  if (!existsSync(lockFile)) return undefined;
  const record = JSON.parse(readFileSync(lockFile, 'utf8')) as Omit<EngineHandle, 'stop'>;
  if (!isAlive(record.pid)) return undefined;
  const client = new MongoClient(record.uri, { serverSelectionTimeoutMS: 1000, directConnection: true });
  try {
    await client.db('admin').command({ ping: 1 });
    return record;
  } catch {
    return undefined;
  } finally {
    await client.close();
  }
}
