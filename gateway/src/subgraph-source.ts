import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { context, propagation } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Histogram } from 'prom-client';
import { Agent, fetch } from 'undici';
import { TIMEOUT_HEADER } from '@pas/platform';
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
  /** EXPOSE_STACKTRACES: keep the stack traces a subgraph put in its errors. */
  exposeStacktraces: boolean;
}

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * A subgraph's answer with an error status and GraphQL errors in its body: a variable its
 * scalars refuse (400), a token it refuses (401), a query over its limits (400).
 */
class SubgraphRefusal extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super('The subgraph refused the request');
  }
}

/** The `errors` of a GraphQL response body, if it is one. */
function graphqlErrorsIn(body: unknown): GraphQLFormattedError[] | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return errors.every((e) => typeof (e as { message?: unknown } | null)?.message === 'string') ? (errors as GraphQLFormattedError[]) : null;
}

/**
 * How the gateway calls one subgraph: over its own pool of keep-alive connections, so a slow
 * department cannot take the sockets of the others; forwards the caller's token (each subgraph
 * verifies it again), the request id and the trace; gives up after a timeout so a slow subgraph
 * costs only its own fields, and tells the subgraph that timeout so it stops working too.
 * A subgraph's errors reach the caller with their own codes and messages, without the
 * subgraph's URL or stack traces.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly pool: Agent;

  constructor(private readonly options: SubgraphSourceOptions) {
    const pool = new Agent({ connections: options.connections, keepAliveTimeout: options.keepAliveMs });
    super({
      url: options.url,
      fetcher: (input, init) => {
        // The header and the timer start together: the subgraph stops when the gateway stops waiting.
        const headers = { ...(init?.headers as Record<string, string>), [TIMEOUT_HEADER]: String(options.timeoutMs) };
        return fetch(input as string, { ...init, headers, dispatcher: pool, signal: AbortSignal.timeout(options.timeoutMs) } as never) as never;
      },
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
      return response.errors ? { ...response, errors: response.errors.map((e) => this.withoutStacktrace(e)) } : response;
    } catch (error) {
      if (error instanceof SubgraphRefusal) {
        end({ outcome: 'error' });
        // As if answered with status 200: the gateway adds the path and the subgraph's name.
        return { errors: error.errors.map((e) => this.withoutStacktrace(e)) };
      }
      if (error instanceof GraphQLError) {
        end({ outcome: 'error' });
        throw error; // the subgraph answered with an HTTP error status and no GraphQL errors
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

  /**
   * Replaces Apollo's "400: Bad Request" error, which carries the subgraph's URL and whole body:
   * the subgraph's own GraphQL errors when it sent some, else one error naming it and the status.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const errors = graphqlErrorsIn(await this.parseBody(response).catch(() => null));
    if (errors) return new SubgraphRefusal(errors);
    const { name } = this.options;
    return new GraphQLError(`The ${name} subgraph answered with HTTP status ${response.status}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name, status: response.status },
    });
  }

  /** A subgraph run with EXPOSE_STACKTRACES does not put its stack traces into the gateway's answers. */
  private withoutStacktrace(error: GraphQLFormattedError): GraphQLFormattedError {
    if (this.options.exposeStacktraces || !error.extensions || !('stacktrace' in error.extensions)) return error;
    const { stacktrace: _, ...extensions } = error.extensions;
    return { ...error, extensions };
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
