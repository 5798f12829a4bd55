import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import express from 'express';
import type { EngineHandle } from '@pas/mongo-runtime';
import { enforceAccess, subgraphTypeDefs } from './access/index.js';
import { authConfigFromEnv, callerFromAuthorization, type Caller } from './auth.js';
import { connectDatabase, databaseReachable, disconnectDatabase } from './database.js';
import { requestDeadline } from './deadline.js';
import { createErrorFormatter } from './format-error.js';
import { limitErrorCode, limitsFromEnv, queryLimits } from './limits.js';
import { Loaders } from './loaders.js';
import { createLogger, type Logger } from './logger.js';
import { manifestPath, subgraphEntry } from './manifest.js';
import { scalarResolvers } from './scalars.js';
import { requestErrors } from './request-errors.js';
import { exposeStacktraces, wholeNumberSetting } from './settings.js';
import { currentTraceId, flushTraces, startTracing, traceRequests, tracingPlugin } from './telemetry.js';

/** What every resolver receives. */
export interface SubgraphContext {
  caller: Caller;
  requestId: string;
  /** Why the caller asks (x-access-purpose header, percent-encoded), recorded when personal data is shown. */
  purpose: string | null;
  log: Logger;
  loaders: Loaders;
}

export interface SubgraphOptions {
  /** The domain name: database name, log name, department claim. */
  name: string;
  /** Default port, else the one `subgraphs.json` gives the name; PORT overrides it, 0 picks a free one. */
  port?: number;
  /** Default: the schema `subgraphs.json` gives the name. */
  schemaFile?: URL;
  // Generated resolver types are stricter than Apollo's map; each service passes its own.
  resolvers: object;
  /** Runs once the database is connected, before the server listens (demo data, for example). */
  onDatabaseReady?: (log: Logger) => Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  log: Logger;
  engine: EngineHandle;
  stop(): Promise<void>;
}

export async function startSubgraph(options: SubgraphOptions): Promise<RunningSubgraph> {
  const log = createLogger(options.name);
  startTracing(options.name, log);
  const engine = await connectDatabase(options.name, log);
  await options.onDatabaseReady?.(log);

  const app = express();
  const httpServer = http.createServer(app);
  const schema = buildSubgraphSchema({
    typeDefs: subgraphTypeDefs(options.schemaFile ?? manifestPath(subgraphEntry(options.name).schema)),
    resolvers: { ...scalarResolvers, ...options.resolvers } as GraphQLResolverMap<unknown>,
  });
  enforceAccess(schema, options.name);
  // The same limits as the gateway's: a subgraph is safe on its own, even when called directly.
  const limits = queryLimits(limitsFromEnv(), { countTokens: false });
  const expose = exposeStacktraces();
  const formatError = createErrorFormatter(log, expose);
  const server = new ApolloServer<SubgraphContext>({
    schema,
    formatError: (formatted, error) => limitErrorCode(formatError(formatted, error)),
    includeStacktraceInErrorResponses: expose,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Inline traces only serve Apollo's hosted usage reporting, which this product does not use.
      ApolloServerPluginInlineTraceDisabled(),
      ...limits.plugins,
      tracingPlugin(),
    ],
  });
  await server.start();

  const auth = authConfigFromEnv();
  const queryTimeoutMs = wholeNumberSetting('QUERY_TIMEOUT_MS', 10_000);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await databaseReachable();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable', service: options.name });
  });
  app.use(
    '/graphql',
    traceRequests(),
    express.json({ limit: '1mb' }),
    requestDeadline(queryTimeoutMs),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const requestId = req.header('x-request-id') ?? randomUUID();
        return {
          caller: await callerFromAuthorization(req.header('authorization'), auth),
          requestId,
          purpose: decodePurpose(req.header('x-access-purpose')),
          log: log.child({ requestId, traceId: currentTraceId() }),
          loaders: new Loaders(),
        };
      },
    }),
  );

  app.use(requestErrors(log));

  const requestedPort = wholeNumberSetting('PORT', options.port ?? subgraphEntry(options.name).port, { min: 0 });
  await new Promise<void>((resolve) => httpServer.listen(requestedPort, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url, engine: engine.engine, version: engine.version }, `${options.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server.stop();
      await disconnectDatabase();
      await engine.stop();
      await flushTraces();
      log.info('stopped');
    })());
  return { url, port, log, engine, stop };
}

/** The purpose header is percent-encoded, since HTTP headers carry only Latin-1. */
function decodePurpose(header: string | undefined): string | null {
  if (!header) return null;
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return header.slice(0, 200);
  }
}

/** Starts a subgraph as a process: stops gracefully on SIGINT/SIGTERM, exits non-zero on a failed start. */
export async function runSubgraph(options: SubgraphOptions): Promise<void> {
  let running: RunningSubgraph;
  try {
    running = await startSubgraph(options);
  } catch (error) {
    createLogger(options.name).fatal({ err: error }, 'could not start');
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
