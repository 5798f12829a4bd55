import type { ApolloServerPlugin } from '@apollo/server';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_SERVICE_NAME, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import type { RequestHandler } from 'express';
import type { Logger } from './logger.js';

const tracer = trace.getTracer('@pas/platform');
let provider: NodeTracerProvider | undefined;

/**
 * Exports traces over OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set; otherwise every span is a no-op. One provider
 * per process: the first service to start names it.
 */
export function startTracing(service: string, log: Logger, env: NodeJS.ProcessEnv = process.env): void {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (provider || !endpoint || env.OTEL_SDK_DISABLED === 'true') return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Also installs the async context manager and the W3C traceparent propagator.
  provider.register();
  log.info({ endpoint }, 'exporting traces');
}

/** Sends the spans still buffered; on stop. */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}

/** A server span for each request, continuing the caller's trace from its `traceparent` header. */
export function traceRequests(): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      `${req.method} ${req.baseUrl}${req.path}`,
      { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method, [ATTR_URL_PATH]: req.originalUrl } },
      parent,
    );
    res.once('finish', () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** The trace the current request belongs to, for its log lines; undefined while tracing is off. */
export function currentTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}

/** Names the request's span after the GraphQL operation and marks it failed when errors are returned. */
export function tracingPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'query';
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async didEncounterErrors({ errors }) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message });
        },
      };
    },
  };
}
