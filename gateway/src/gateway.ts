import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import compression from 'compression';
import express from 'express';
import { authConfigFromEnv, callerFromAuthorization, createLogger, exposeStacktraces, flushTraces, limitErrorCode, limitsFromEnv, queryLimits, requestErrors, startTracing, SUBGRAPHS, traceRequests, tracingPlugin, wholeNumberSetting } from '@pas/platform';
import { explorerRouter } from '../explorer/server.js';
import { exportRouter } from './export/router.js';
import { landingPage } from './plugins/landing-page.js';
import { createMetrics } from './plugins/metrics.js';
import { requestLog } from './plugins/request-log.js';
import { supergraphFile } from './compose.js';
import type { GatewayContext } from './context.js';
import { SubgraphSource } from './subgraph-source.js';
import { subgraphTimeoutMs, subgraphUrl } from './subgraphs.js';

export interface GatewayOptions {
  port?: number;
  /** Overrides of subgraph URLs (tests); otherwise `<NAME>_URL` or the local default. */
  subgraphUrls?: Partial<Record<string, string>>;
  /** Default for every subgraph; `<NAME>_TIMEOUT_MS` overrides it for one. */
  subgraphTimeoutMs?: number;
  /** Keep-alive connections per subgraph (default 64). */
  subgraphConnections?: number;
  /** Approximate size of the query-plan cache (default 30 MiB). */
  queryPlanCacheMiB?: number;
  /** What a browser opening /graphql sees: `graphiql` (default, offline) or `sandbox`; else LANDING_PAGE. */
  landingPage?: string;
  /** Approximate size of the automatic-persisted-query cache (default 10 MiB). */
  persistedQueryCacheMiB?: number;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const log = createLogger('gateway');
  startTracing('gateway', log);
  const timeoutMs = options.subgraphTimeoutMs ?? wholeNumberSetting('SUBGRAPH_TIMEOUT_MS', 10_000);
  const connections = options.subgraphConnections ?? wholeNumberSetting('SUBGRAPH_CONNECTIONS', 64);
  const keepAliveMs = wholeNumberSetting('SUBGRAPH_KEEP_ALIVE_MS', 30_000);
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)]));

  // @apollo/gateway otherwise probes cloud metadata services and sends usage metrics to Apollo:
  // nothing leaves a government network unless its operators say so.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const metrics = createMetrics();
  const expose = exposeStacktraces();
  const sources: SubgraphSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    buildService: ({ name }) => {
      const source = new SubgraphSource({
        name,
        url: urls[name] ?? '',
        timeoutMs: subgraphTimeoutMs(name, timeoutMs),
        connections,
        keepAliveMs,
        latency: metrics.subgraphDuration,
        exposeStacktraces: expose,
      });
      sources.push(source);
      return source;
    },
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB ?? wholeNumberSetting('QUERY_PLAN_CACHE_MIB', 30),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const limits = queryLimits(limitsFromEnv());
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: expose,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    persistedQueries: {
      cache: new InMemoryLRUCache({ maxSize: 2 ** 20 * (options.persistedQueryCacheMiB ?? wholeNumberSetting('PERSISTED_QUERY_CACHE_MIB', 10)) }),
    },
    formatError: limitErrorCode,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPage(options.landingPage),
      ...limits.plugins,
      metrics.plugin as ApolloServerPlugin<GatewayContext>,
      requestLog(log),
      tracingPlugin<GatewayContext>(),
    ],
  });
  await server.start();

  const auth = authConfigFromEnv();
  app.use(compression());
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
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
  // Every way into the graph reads the caller the same way: /graphql and the exports.
  const contextOf = async (req: express.Request): Promise<GatewayContext> => {
    const authorization = req.header('authorization');
    return {
      caller: await callerFromAuthorization(authorization, auth),
      authorization,
      requestId: req.header('x-request-id') ?? randomUUID(),
      purpose: req.header('x-access-purpose'),
    };
  };
  app.use(explorerRouter({ endpoint: '/graphql' }));
  app.use('/export', traceRequests(), exportRouter(server, contextOf));
  app.use(
    '/graphql',
    traceRequests(),
    express.json({ limit: wholeNumberSetting('MAX_REQUEST_BYTES', 256 * 1024) }),
    expressMiddleware(server, { context: ({ req }) => contextOf(req) }),
  );

  app.use(requestErrors(log));

  const port = options.port ?? wholeNumberSetting('PORT', 4000, { min: 0 });
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const url = `http://localhost:${(httpServer.address() as AddressInfo).port}/graphql`;
  log.info({ url, subgraphs: urls }, 'gateway ready');
  return {
    url,
    stop: async () => {
      await server.stop();
      await Promise.all(sources.map((source) => source.close()));
      await flushTraces();
    },
  };
}
