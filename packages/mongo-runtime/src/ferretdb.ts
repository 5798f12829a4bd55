import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, cpSync, writeFileSync, rmSync, openSync } from 'node:fs';
import path from 'node:path';
import { toolsDir } from './paths.js';
import { spawnTiedToParent, waitForPing, type EngineHandle, type Logger } from './process.js';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';
export const ferretdbBinary = path.join(toolsDir, 'bin', 'ferretdb');

/**
 * Builds FerretDB from its Go module into `.tools/bin`.
 *
 * `go install …@v1.24.2` cannot be used as is: the module proxy refuses the version-list
 * request `go install` makes, and a binary built that way panics at start because the
 * module does not ship `build/version/version.txt`. So the module source is downloaded,
 * the version file written, and the command built from that copy.
 */
export function installFerretDB(log: Logger): string {
  if (existsSync(ferretdbBinary)) return ferretdbBinary;
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error('Go toolchain not found on PATH (needed to build FerretDB)');
  }
  log.info({ module: `${FERRETDB_MODULE}@${FERRETDB_VERSION}` }, 'building FerretDB (first run only, about two minutes)');
  const env = { ...process.env, GOFLAGS: '-buildvcs=false', CGO_ENABLED: '0' };
  const info = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], { env, encoding: 'utf8' }),
  ) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new Error(`go mod download failed: ${info.Error ?? 'no module directory'}`);

  const src = path.join(toolsDir, 'ferretdb-src');
  rmSync(src, { recursive: true, force: true });
  cpSync(info.Dir, src, { recursive: true });
  execFileSync('chmod', ['-R', 'u+w', src]);
  writeFileSync(path.join(src, 'build/version/version.txt'), `${FERRETDB_VERSION}\n`);
  mkdirSync(path.dirname(ferretdbBinary), { recursive: true });
  const tmp = `${ferretdbBinary}.partial`;
  execFileSync('go', ['build', '-trimpath', '-o', tmp, './cmd/ferretdb'], { cwd: src, env, stdio: 'inherit' });
  execFileSync('mv', [tmp, ferretdbBinary]);
  rmSync(src, { recursive: true, force: true });
  return ferretdbBinary;
}

export async function startFerretDB(opts: { dataDir: string; port: number; log: Logger }): Promise<EngineHandle> {
  const { dataDir, port, log } = opts;
  mkdirSync(dataDir, { recursive: true });
  const logFile = openSync(path.join(dataDir, 'ferretdb.log'), 'a');
  const child = spawnTiedToParent(
    ferretdbBinary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--state-dir=${dataDir}`,
      `--listen-addr=127.0.0.1:${port}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-format=json',
      '--log-level=warn',
    ],
    { stdio: ['ignore', logFile, logFile] },
  );
  const uri = `mongodb://127.0.0.1:${port}/`;
  await waitForPing(uri, child, 30_000);
  const version = execFileSync(ferretdbBinary, ['--version'], { encoding: 'utf8' }).match(/version: (\S+)/)?.[1];
  const handle: EngineHandle = {
    engine: 'ferretdb',
    version: `FerretDB ${version ?? FERRETDB_VERSION} (SQLite)`,
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
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
