import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import type { GatewayContext } from './context.js';

/**
 * How the gateway calls one subgraph: forwards the caller's token (each subgraph verifies it
 * again) and the request id, and gives up after a timeout so a slow subgraph costs only its
 * own fields.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    timeoutMs: number,
    private readonly latency: Histogram<'subgraph' | 'outcome'>,
  ) {
    super({
      url,
      fetcher: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) } as RequestInit) as never,
    });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const end = this.latency.startTimer({ subgraph: this.name });
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
      throw new GraphQLError(`The ${this.name} subgraph ${timedOut ? 'did not answer in time' : 'is unreachable'}`, {
        extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', serviceName: this.name },
        originalError: error as Error,
      });
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return; // health checks and schema loads carry no caller
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-request-id', context.requestId);
    if (context.purpose) request.http?.headers.set('x-access-purpose', context.purpose);
  }
}
