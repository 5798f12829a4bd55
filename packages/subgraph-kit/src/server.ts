import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import express from 'express';
import type { DocumentNode } from 'graphql';
import {
  authConfigFromEnv,
  callerFromAuthorization,
  createLogger,
  currentTraceId,
  exposeStacktraces,
  flushTraces,
  limitErrorCode,
  limitsFromEnv,
  manifestPath,
  queryLimits,
  requestErrors,
  startTracing,
  subgraphEntry,
  traceRequests,
  tracingPlugin,
  wholeNumberSetting,
  type Caller,
  type Logger,
} from '@pas/platform';
import { enforceAccess } from './access/index.js';
import { connectDatabase, databaseFromEnv, databaseReachable, disconnectDatabase } from './database.js';
import { requestDeadline } from './deadline.js';
import { ensureDigests, type Digest } from './digest.js';
import { createErrorFormatter } from './format-error.js';
import { Loaders } from './loaders.js';
import { scalarResolvers } from './scalars.js';
import { subgraphTypeDefs } from './type-defs.js';

/** What every resolver receives. */
export interface SubgraphContext {
  caller: Caller;
  requestId: string;
  /** Why the caller asks (x-access-purpose header, percent-encoded), recorded when personal data is shown. */
  purpose: string | null;
  /** The verified bearer header, for a subgraph that asks the graph as its caller (the registry's exit check). */
  authorization: string | undefined;
  log: Logger;
  loaders: Loaders;
}

export interface SubgraphOptions {
  /** The subgraph's name in `subgraphs.json`: its log name, department claim and default database. */
  name: string;
  /** Default: the kit's declarations and the schema file `subgraphs.json` gives the name. */
  typeDefs?: DocumentNode;
  // Generated resolver types are stricter than Apollo's map; each service passes its own.
  resolvers: object;
  /** Added after the kit's own (limits, tracing). */
  plugins?: ApolloServerPlugin<SubgraphContext>[];
  /** What the subgraph keeps on write for county questions; built at start when the database has none. */
  digests?: Digest<unknown>[];
}

/** A subgraph's HTTP app and GraphQL server, built but not listening and not connected. */
export interface Subgraph {
  name: string;
  log: Logger;
  /** Starts the GraphQL server and listens; port 0 picks a free one. */
  listen(port: number): Promise<RunningSubgraph>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  log: Logger;
  /** Stops listening, then closes the database connection. */
  stop(): Promise<void>;
}

export function createSubgraph(options: SubgraphOptions): Subgraph {
  const { name } = options;
  const log = createLogger(name);
  startTracing(name, log);
  const schema = buildSubgraphSchema({
    typeDefs: options.typeDefs ?? subgraphTypeDefs(manifestPath(subgraphEntry(name).schema)),
    resolvers: { ...scalarResolvers, ...options.resolvers } as GraphQLResolverMap<unknown>,
  });
  enforceAccess(schema, name);

  const app = express();
  const httpServer = http.createServer(app);
  // The same limits as the gateway's: a subgraph is safe on its own, even when called directly.
  const limits = queryLimits<SubgraphContext>(limitsFromEnv(), { countTokens: false });
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
      // No field has cache hints; the plugin would still run a hook on every field resolved.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      tracingPlugin(),
      ...(options.plugins ?? []),
    ],
  });

  const listen = async (requestedPort: number): Promise<RunningSubgraph> => {
    await server.start();
    const auth = authConfigFromEnv();
    const queryTimeoutMs = wholeNumberSetting('QUERY_TIMEOUT_MS', 10_000);
    // A county's exit assessment sends its whole roster as one representation: 汝阳's 13,759
    // households with their members come to about 3 MB.
    const maxBodyBytes = wholeNumberSetting('SUBGRAPH_MAX_BODY_BYTES', 16 * 1024 * 1024);
    app.get('/health', (_req, res) => {
      res.json({ status: 'ok', service: name });
    });
    app.get('/ready', async (_req, res) => {
      const ready = await databaseReachable();
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable', service: name });
    });
    app.use(
      '/graphql',
      traceRequests(),
      express.json({ limit: maxBodyBytes }),
      requestDeadline(queryTimeoutMs),
      expressMiddleware(server, {
        context: async ({ req }) => {
          const requestId = req.header('x-request-id') ?? randomUUID();
          const authorization = req.header('authorization');
          return {
            caller: await callerFromAuthorization(authorization, auth),
            authorization,
            requestId,
            purpose: decodePurpose(req.header('x-access-purpose')),
            log: log.child({ requestId, traceId: currentTraceId() }),
            loaders: new Loaders(),
          };
        },
      }),
    );
    app.use(requestErrors(log));

    await new Promise<void>((resolve) => httpServer.listen(requestedPort, resolve));
    const port = (httpServer.address() as AddressInfo).port;
    const url = `http://localhost:${port}/graphql`;
    log.info({ url }, `${name} subgraph ready`);

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await server.stop();
        await disconnectDatabase();
        await flushTraces();
        log.info('stopped');
      })());
    return { url, port, log, stop };
  };
  return { name, log, listen };
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

/**
 * Runs a subgraph as a process: builds it, connects to the database its environment names,
 * listens on PORT (else its port in `subgraphs.json`), stops gracefully on SIGINT/SIGTERM and
 * exits non-zero, with the reason logged, on a failed start.
 */
export async function runSubgraph(options: SubgraphOptions): Promise<void> {
  let running: RunningSubgraph;
  try {
    const subgraph = createSubgraph(options);
    await connectDatabase(databaseFromEnv(options.name), subgraph.log);
    if (await ensureDigests(options.digests ?? [])) subgraph.log.info('built the digests from the records: the database kept none yet');
    running = await subgraph.listen(wholeNumberSetting('PORT', subgraphEntry(options.name).port, { min: 0 }));
  } catch (error) {
    createLogger(options.name).fatal({ err: error }, 'could not start');
    await flushTraces();
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
