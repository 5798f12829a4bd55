import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { spawnTiedToParent } from '@pas/mongo-runtime';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServiceProcess {
  name: string;
  url: string;
  port: number;
  /** Graceful stop (SIGTERM), resolved when the process has exited. */
  stop(): Promise<void>;
  /** Abrupt death (SIGKILL), as when a department's server crashes. */
  kill(): Promise<void>;
}

/**
 * Starts a service as its own process on a free port, over HTTP like in production: from its
 * TypeScript, or (`compiled`) from the JavaScript `npm run build` wrote, as its image runs it.
 */
export async function startServiceProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  port?: number,
  options: { compiled?: boolean } = {},
): Promise<ServiceProcess> {
  const chosenPort = port ?? (await getPort({ host: '127.0.0.1' }));
  const loader = options.compiled ? ['--conditions=compiled'] : ['--import', 'tsx'];
  const child = spawnTiedToParent(process.execPath, [...loader, entry], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env, PORT: String(chosenPort) },
  });
  await waitForHealth(child, chosenPort, name);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    return exited;
  };
  return { name, port: chosenPort, url: `http://localhost:${chosenPort}/graphql`, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}

async function waitForHealth(child: ChildProcess, port: number, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} during start`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer /health on port ${port}`);
}
