import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics: requests, errors and latency by operation, and latency by subgraph. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL operations by name and outcome', labelNames: ['operation', 'outcome'], registers: [registry] });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors by operation and code', labelNames: ['operation', 'code'], registers: [registry] });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation latency',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const subgraphDuration = new Histogram({
    name: 'subgraph_request_duration_seconds',
    help: 'Latency of the gateway’s calls to each subgraph',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse({ operationName, errors: requestErrors, response }) {
          const operation = operationName ?? 'anonymous';
          end({ operation });
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const all = [...(requestErrors ?? []), ...(body?.errors ?? [])];
          requests.inc({ operation, outcome: all.length > 0 ? (body?.data ? 'partial' : 'error') : 'ok' });
          for (const error of all) errors.inc({ operation, code: String(error.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };
  return { registry, plugin, subgraphDuration };
}

export type Metrics = ReturnType<typeof createMetrics>;
