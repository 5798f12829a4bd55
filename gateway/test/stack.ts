import { inject } from 'vitest';
import { seed } from '@pas/seeds';
import { startServiceProcess, type ServiceProcess } from '@pas/test-helpers';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { SUBGRAPHS, type SubgraphName } from '../src/subgraphs.js';

export interface Stack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  stop(): Promise<void>;
}

/** Seeds the test engine, starts the seven subgraphs as processes and the gateway over them. */
export async function startStack(options: { households: number; subgraphTimeoutMs?: number }): Promise<Stack> {
  const uri = inject('mongoUri');
  await seed({ uri, households: options.households, seed: 7 });
  const processes = await Promise.all(SUBGRAPHS.map(({ name }) => startServiceProcess(name, `services/${name}/src/index.ts`, { MONGODB_URI: uri })));
  const subgraphs = Object.fromEntries(processes.map((p) => [p.name, p])) as Record<SubgraphName, ServiceProcess>;
  const gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries(processes.map((p) => [p.name, p.url])),
    subgraphTimeoutMs: options.subgraphTimeoutMs,
  });
  return {
    gateway,
    subgraphs,
    stop: async () => {
      await gateway.stop();
      // The current processes: a test may have replaced one.
      await Promise.all(Object.values(subgraphs).map((p) => p.stop()));
    },
  };
}
