import net from 'node:net';
import { inject } from 'vitest';
import { seed } from '@pas/seeds';
import { subgraphEntry, SUBGRAPHS } from '@pas/platform';
import { startServiceProcess, testDbName, type ServiceProcess } from '@pas/test-helpers';
import { startGateway, type RunningGateway } from '../src/gateway.js';

export interface Stack {
  gateway: RunningGateway;
  subgraphs: Map<string, ServiceProcess>;
  /** The running process of a subgraph; throws for a name that is not running. */
  subgraph(name: string): ServiceProcess;
  stop(): Promise<void>;
}

/** What a subgraph process of a test stack needs: the run's engine and its own test database. */
export function subgraphEnv(name: string): Record<string, string> {
  return { MONGODB_URI: inject('mongoUri'), MONGODB_DB: testDbName(name) };
}

/** Starts one subgraph of subgraphs.json as a process of the test stack, on a given port or a free one. */
export function startSubgraphProcess(name: string, port?: number, env: Record<string, string> = {}): Promise<ServiceProcess> {
  return startServiceProcess(name, subgraphEntry(name).entry, { ...subgraphEnv(name), ...env }, port);
}

/** A port nothing listens on now, for a server that must be known before it starts. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Seeds the test engine, starts the seven subgraphs as processes and the gateway over them. */
export async function startStack(options: { households: number; subgraphTimeoutMs?: number }): Promise<Stack> {
  const uri = inject('mongoUri');
  await seed({ uri, households: options.households, seed: 7, dbPrefix: testDbName('') });
  // The registry reads a household's assessment through the gateway before an exit.
  const gatewayPort = await freePort();
  const processes = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(name, undefined, { GRAPH_URL: `http://localhost:${gatewayPort}/graphql` })));
  const subgraphs = new Map(processes.map((p) => [p.name, p]));
  const gateway = await startGateway({
    port: gatewayPort,
    subgraphUrls: Object.fromEntries(processes.map((p) => [p.name, p.url])),
    subgraphTimeoutMs: options.subgraphTimeoutMs,
  });
  return {
    gateway,
    subgraphs,
    subgraph: (name) => {
      const running = subgraphs.get(name);
      if (!running) throw new Error(`no ${name} subgraph in this stack`);
      return running;
    },
    stop: async () => {
      await gateway.stop();
      // The current processes: a test may have replaced one.
      await Promise.all([...subgraphs.values()].map((p) => p.stop()));
    },
  };
}
