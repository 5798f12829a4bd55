import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MongoClient } from 'mongodb';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface EngineHandle {
  engine: 'mongod' | 'mongo-java-server' | 'external';
  version: string;
  uri: string;
  pid: number;
  dataDir: string | null;
  stop(): Promise<void>;
}

const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/**
 * Spawns a child that dies with its parent: Linux's parent-death signal (through setpriv)
 * covers a SIGKILLed parent, the exit hook a normal exit.
 */
export function spawnTiedToParent(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = setpriv ? spawn(setpriv, ['--pdeathsig', 'SIGTERM', '--', command, ...args], options) : spawn(command, args, options);
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return child;
}

export async function waitForPing(uri: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`engine exited with code ${child.exitCode} before it answered`);
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, directConnection: true });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  child.kill('SIGKILL');
  throw new Error(`engine did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
