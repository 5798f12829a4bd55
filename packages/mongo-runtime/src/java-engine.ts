import { execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolsDir } from './paths.js';
import { spawnTiedToParent, waitForPing, type EngineHandle, type Logger } from './process.js';

/** mongo-java-server over an H2 MVStore file, from Maven Central (`engine/pom.xml`). */
export const JAVA_ENGINE_VERSION = 'mongo-java-server 1.47.0 (H2 MVStore)';
const engineSource = fileURLToPath(new URL('../engine/', import.meta.url));
const installDir = path.join(toolsDir, 'mongo-java-server');
const libDir = path.join(installDir, 'lib');
const classesDir = path.join(installDir, 'classes');
const stampFile = path.join(installDir, 'source.sha256');
/** Documents stored as BSON; the earlier Java-serialized file is imported from once. */
const DATA_FILE = 'documents.mv.db';
/**
 * The throughput collector: G1's concurrent threads compete with the services for a small
 * machine's cores (bench, 20,000 households: seeding 17,900 → 22,300 documents/s, every p95 lower).
 */
const JVM_OPTIONS = ['-XX:+UseParallelGC'];
const EARLIER_DATA_FILE = 'engine.mv.db';

function javaSources(): string[] {
  return readdirSync(engineSource).filter((file) => file.endsWith('.java')).sort();
}

/** What was installed from: a changed pom or Java source is installed anew. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  for (const file of ['pom.xml', ...javaSources()]) hash.update(readFileSync(path.join(engineSource, file)));
  return hash.digest('hex');
}

export function javaEngineInstalled(): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp();
}

function requireCommand(command: string, args: string[], what: string): void {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {
    throw new Error(`${what} not found on PATH`);
  }
}

/**
 * Copies the engine's jars from Maven Central into `.tools/mongo-java-server/lib` and compiles
 * the launcher. Idempotent: a complete install is left alone; a partial one is redone.
 */
export function installJavaEngine(log: Logger): void {
  if (javaEngineInstalled()) return;
  requireCommand('java', ['-version'], 'Java 17+ (java)');
  requireCommand('javac', ['-version'], 'a Java compiler (javac, from a JDK 17+)');
  requireCommand('mvn', ['-v'], 'Maven (mvn)');
  log.info({ engine: JAVA_ENGINE_VERSION }, 'installing the embedded MongoDB engine from Maven Central (first run only)');
  // Staged per process and moved into place at the end: two processes installing at once
  // (two test runs) never see each other's half-copied jars.
  const staging = `${installDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  execFileSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', path.join(engineSource, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(staging, 'lib')}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  execFileSync('javac', ['-cp', path.join(staging, 'lib', '*'), '-d', path.join(staging, 'classes'), ...javaSources().map((file) => path.join(engineSource, file))], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(path.join(staging, 'source.sha256'), sourceStamp());
  if (javaEngineInstalled()) return void rmSync(staging, { recursive: true, force: true });
  rmSync(installDir, { recursive: true, force: true });
  renameSync(staging, installDir);
}

/** The JVM's maximum heap: `PAS_ENGINE_HEAP` (a `-Xmx` value such as `1g` or `768m`). */
export function engineHeap(env: NodeJS.ProcessEnv = process.env): string {
  const heap = env.PAS_ENGINE_HEAP ?? '1g';
  if (!/^\d+[mg]$/i.test(heap)) throw new Error(`PAS_ENGINE_HEAP must look like 1g or 768m (got "${heap}")`);
  return heap;
}

export async function startJavaEngine(opts: { dataDir: string; port: number; log: Logger }): Promise<EngineHandle> {
  const { dataDir, port, log } = opts;
  mkdirSync(dataDir, { recursive: true });
  const logFile = openSync(path.join(dataDir, 'engine.log'), 'a');
  // stdin stays a pipe: the launcher exits when it closes, so the engine dies with this process.
  const child = spawnTiedToParent(
    'java',
    [`-Xmx${engineHeap()}`, ...JVM_OPTIONS, '-cp', `${classesDir}${path.delimiter}${path.join(libDir, '*')}`, 'Launcher', String(port), path.join(dataDir, DATA_FILE), path.join(dataDir, EARLIER_DATA_FILE)],
    { stdio: ['pipe', logFile, logFile] },
  );
  const uri = `mongodb://127.0.0.1:${port}/`;
  await waitForPing(uri, child, 60_000);
  const handle: EngineHandle = {
    engine: 'mongo-java-server',
    version: JAVA_ENGINE_VERSION,
    uri,
    pid: child.pid ?? 0,
    dataDir,
    stop: () => stopChild(child),
  };
  log.info({ engine: handle.engine, version: handle.version, uri, dataDir }, 'MongoDB engine started');
  return handle;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
