import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { authConfigFromEnv, callerFromAuthorization, createLogger } from '@pas/subgraph-kit';
import { supergraphFile } from './compose.js';
import type { GatewayContext } from './context.js';
import { SubgraphSource } from './subgraph-source.js';
import { SUBGRAPHS, subgraphUrl, type SubgraphName } from './subgraphs.js';

export interface GatewayOptions {
  port?: number;
  /** Overrides of subgraph URLs (tests); otherwise `<NAME>_URL` or the local default. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  subgraphTimeoutMs?: number;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const log = createLogger('gateway');
  const timeoutMs = options.subgraphTimeoutMs ?? Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000);
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]));

  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    buildService: ({ name }) => new SubgraphSource(urls[name] ?? '', timeoutMs),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();

  const auth = authConfigFromEnv();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const ready = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
        return [name, ready] as const;
      }),
    );
    const allReady = checks.every(([, ready]) => ready);
    res.status(allReady ? 200 : 503).json({ status: allReady ? 'ready' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const authorization = req.header('authorization');
        return {
          caller: await callerFromAuthorization(authorization, auth),
          authorization,
          requestId: req.header('x-request-id') ?? randomUUID(),
          purpose: req.header('x-access-purpose'),
        };
      },
    }),
  );

  const port = options.port ?? Number(process.env.PORT ?? 4000);
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const url = `http://localhost:${(httpServer.address() as AddressInfo).port}/graphql`;
  log.info({ url, subgraphs: urls }, 'gateway ready');
  return { url, stop: () => server.stop() };
}
