import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { context, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import { Agent, fetch } from 'undici';
import type { GatewayContext } from './context.js';

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Most open connections to this subgraph; requests beyond it wait for one. */
  connections: number;
  /** How long an idle connection is kept for the next request. */
  keepAliveMs: number;
  latency: Histogram<'subgraph' | 'outcome'>;
}

/**
 * How the gateway calls one subgraph: over its own pool of keep-alive connections, so a slow
 * department cannot take the sockets of the others; forwards the caller's token (each subgraph
 * verifies it again), the request id and the trace; gives up after a timeout so a slow subgraph
 * costs only its own fields.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly pool: Agent;

  constructor(private readonly options: SubgraphSourceOptions) {
    const pool = new Agent({ connections: options.connections, keepAliveTimeout: options.keepAliveMs });
    super({
      url: options.url,
      fetcher: (input, init) => fetch(input as string, { ...init, dispatcher: pool, signal: AbortSignal.timeout(options.timeoutMs) } as never) as never,
    });
    this.pool = pool;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { name } = this.options;
    const end = this.options.latency.startTimer({ subgraph: name });
    try {
      const response = await super.process(options);
      end({ outcome: response.errors?.length ? 'error' : 'ok' });
      return response;
    } catch (error) {
      if (error instanceof GraphQLError) {
        end({ outcome: 'error' });
        throw error; // the subgraph answered, with an HTTP error status
      }
      // The caller learns which department's service failed; the rest of the answer still arrives.
      const timedOut = (error as Error).name === 'TimeoutError' || (error as { cause?: Error }).cause?.name === 'TimeoutError';
      end({ outcome: timedOut ? 'timeout' : 'unreachable' });
      throw new GraphQLError(`The ${name} subgraph ${timedOut ? 'did not answer in time' : 'is unreachable'}`, {
        extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', serviceName: name },
        originalError: error as Error,
      });
    }
  }

  override willSendRequest({ request, context: requestContext }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in requestContext)) return; // health checks and schema loads carry no caller
    const headers = request.http?.headers;
    if (!headers) return;
    if (requestContext.authorization) headers.set('authorization', requestContext.authorization);
    headers.set('x-request-id', requestContext.requestId);
    if (requestContext.purpose) headers.set('x-access-purpose', requestContext.purpose);
    // The active span is the gateway's fetch span: the subgraph's spans become its children.
    propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
  }
}
