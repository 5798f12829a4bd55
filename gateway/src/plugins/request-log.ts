import type { ApolloServerPlugin } from '@apollo/server';
import { currentTraceId, type Logger } from '@pas/platform';
import type { GatewayContext } from '../context.js';

/** One structured log line per operation, carrying the request id (and trace id) the subgraphs also log. */
export function requestLog(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const traceId = currentTraceId();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = [...(errors ?? []), ...(body?.errors ?? [])].map((e) => e.extensions?.code);
          log.info(
            {
              requestId: contextValue.requestId,
              traceId,
              operation: operationName ?? null,
              role: contextValue.caller.role,
              ms: Math.round(performance.now() - started),
              errors: codes.length > 0 ? codes : undefined,
            },
            'operation',
          );
        },
      };
    },
  };
}
