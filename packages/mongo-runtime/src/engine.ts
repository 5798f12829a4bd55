import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import getPort from 'get-port';
import { installJavaEngine, javaEngineInstalled, startJavaEngine } from './java-engine.js';
import { downloadMongod, locateMongod, startMongod } from './mongod.js';
import { toolsDir } from './paths.js';
import type { EngineHandle, Logger } from './process.js';

export type EngineChoice = 'auto' | 'mongod' | 'java';

export class EngineUnavailableError extends Error {
  constructor(reasons: string[]) {
    super(
      [
        'No MongoDB engine is available. Reasons:',
        ...reasons.map((r) => `  - ${r}`),
        'Ways out:',
        '  1. Point the services at a running MongoDB: MONGODB_URI=mongodb://host:27017 npm start',
        '  2. Make a mongod binary available: set MONGOMS_SYSTEM_BINARY=/path/to/mongod (or allow the download from fastdl.mongodb.org)',
        '  3. Install Java 17+ (a JDK) and Maven, then run `npm run setup -w @pas/mongo-runtime` to install the embedded engine into .tools/',
      ].join('\n'),
    );
    this.name = 'EngineUnavailableError';
  }
}

/** Setup's verdict, so that a start does not retry a download that already failed. */
const verdictFile = path.join(toolsDir, 'engine.json');
interface Verdict {
  mongodDownload: 'ok' | 'failed';
  reason?: string;
}

export function readVerdict(): Verdict | undefined {
  return existsSync(verdictFile) ? (JSON.parse(readFileSync(verdictFile, 'utf8')) as Verdict) : undefined;
}

/**
 * Makes an engine available on this machine: a mongod if one is present or downloadable,
 * otherwise mongo-java-server from Maven Central. Idempotent; run by `npm install` and at
 * first start.
 */
export async function provisionEngine(log: Logger, choice: EngineChoice = engineChoice()): Promise<'mongod' | 'java'> {
  const reasons: string[] = [];
  if (choice !== 'java') {
    if (await locateMongod()) return 'mongod';
    if (readVerdict()?.mongodDownload !== 'failed') {
      try {
        await downloadMongod();
        writeVerdict({ mongodDownload: 'ok' });
        return 'mongod';
      } catch (error) {
        const reason = `mongod download failed: ${(error as Error).message.split('\n')[0]}`;
        writeVerdict({ mongodDownload: 'failed', reason });
        reasons.push(reason);
      }
    } else {
      reasons.push(readVerdict()?.reason ?? 'mongod download failed earlier');
    }
    if (choice === 'mongod') throw new EngineUnavailableError(reasons);
  }
  try {
    installJavaEngine(log);
    return 'java';
  } catch (error) {
    reasons.push(`embedded engine: ${(error as Error).message}`);
    throw new EngineUnavailableError(reasons);
  }
}

function writeVerdict(verdict: Verdict): void {
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(verdictFile, JSON.stringify(verdict, null, 2));
}

export function engineChoice(): EngineChoice {
  const value = process.env.PAS_ENGINE ?? 'auto';
  if (value !== 'auto' && value !== 'mongod' && value !== 'java') {
    throw new Error(`PAS_ENGINE must be auto, mongod or java (got "${value}")`);
  }
  return value;
}

/** Starts the embedded engine on a free loopback port with its data in `dataDir`. */
export async function startEmbeddedEngine(opts: { dataDir: string; log: Logger; port?: number }): Promise<EngineHandle> {
  const choice = engineChoice();
  const port = opts.port ?? (await getPort({ host: '127.0.0.1' }));
  const mongod = choice === 'java' ? undefined : await locateMongod();
  if (mongod) return startMongod({ binary: mongod, dataDir: path.join(opts.dataDir, 'mongod'), port, log: opts.log });
  if (!javaEngineInstalled()) {
    const engine = await provisionEngine(opts.log, choice);
    if (engine === 'mongod') return startEmbeddedEngine(opts);
  }
  return startJavaEngine({ dataDir: path.join(opts.dataDir, 'java'), port, log: opts.log });
}
