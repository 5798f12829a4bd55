import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { DryMongoBinary, MongoBinary, MongoMemoryServer } from 'mongodb-memory-server-core';
import type { EngineHandle, Logger } from './process.js';

/** A mongod binary already on this machine (MONGOMS_SYSTEM_BINARY, PATH, or an earlier download). */
export async function locateMongod(): Promise<string | undefined> {
  return DryMongoBinary.locateBinary({ version: process.env.MONGOMS_VERSION ?? '7.0.24' });
}

/** Downloads mongod through mongodb-memory-server; throws when the download host is unreachable. */
export async function downloadMongod(): Promise<string> {
  return MongoBinary.getPath({});
}

export async function startMongod(opts: { binary: string; dataDir: string; port: number; log: Logger }): Promise<EngineHandle> {
  mkdirSync(opts.dataDir, { recursive: true });
  const server = await MongoMemoryServer.create({
    binary: { systemBinary: opts.binary },
    instance: { dbPath: opts.dataDir, port: opts.port, ip: '127.0.0.1', storageEngine: 'wiredTiger' },
  });
  const info = server.instanceInfo;
  const handle: EngineHandle = {
    engine: 'mongod',
    version: execFileSync(opts.binary, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? 'mongod',
    uri: server.getUri(),
    pid: info?.instance.mongodProcess?.pid ?? 0,
    dataDir: opts.dataDir,
    // doCleanup false: the data directory is the user's data and survives a restart.
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
  opts.log.info({ engine: handle.engine, version: handle.version, uri: handle.uri, dataDir: opts.dataDir }, 'MongoDB engine started');
  return handle;
}
