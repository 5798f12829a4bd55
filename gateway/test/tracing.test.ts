import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seed } from '@pas/seeds';
import { testDbName, tokenFor, type ServiceProcess } from '@pas/test-helpers';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { startSubgraphProcess } from './stack.js';

interface ReceivedSpan {
  service: string;
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

interface OtlpBody {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
  }[];
}

/** A collector: receives OTLP/HTTP JSON exports as the services send them. */
function startCollector(): Promise<{ url: string; spans: ReceivedSpan[]; close(): void }> {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      for (const { resource, scopeSpans } of (JSON.parse(body) as OtlpBody).resourceSpans) {
        const service = resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
        for (const scope of scopeSpans) for (const span of scope.spans) spans.push({ service, ...span });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, close: () => server.close() }),
    ),
  );
}

let collector: Awaited<ReturnType<typeof startCollector>>;
let subgraphs: ServiceProcess[];
let gateway: RunningGateway;

beforeAll(async () => {
  collector = await startCollector();
  // The subgraph processes inherit these; the gateway reads them when it starts.
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
  process.env.OTEL_BSP_SCHEDULE_DELAY = '100';
  await seed({ uri: inject('mongoUri'), households: 100, seed: 7, services: ['registry', 'finance'], dbPrefix: testDbName('') });
  subgraphs = await Promise.all(['registry', 'finance'].map((name) => startSubgraphProcess(name)));
  gateway = await startGateway({ port: 0, subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) });
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(subgraphs?.map((s) => s.stop()) ?? []);
  collector?.close();
});

async function spansOf(traceId: string, services: string[]): Promise<ReceivedSpan[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const spans = collector.spans.filter((s) => s.traceId === traceId);
    if (services.every((service) => spans.some((s) => s.service === service && s.kind === 2)) || Date.now() > deadline) return spans;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('traces', () => {
  it('follow a request from the front-end through the gateway into each subgraph it calls', async () => {
    const traceId = randomBytes(16).toString('hex');
    const frontEndSpanId = randomBytes(8).toString('hex');
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor('analyst')}`,
        traceparent: `00-${traceId}-${frontEndSpanId}-01`,
      },
      body: JSON.stringify({ query: 'query CountyFunds { county(code: "410326") { name finance { povertyFunds { year allocated } } } }' }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();

    const spans = await spansOf(traceId, ['gateway', 'registry', 'finance']);
    const gatewayRequest = spans.find((s) => s.service === 'gateway' && s.kind === 2)!;
    expect(gatewayRequest).toMatchObject({ name: 'query CountyFunds', parentSpanId: frontEndSpanId });

    const fetches = new Map(spans.filter((s) => s.service === 'gateway' && s.name === 'gateway.fetch').map((s) => [s.spanId, s]));
    for (const service of ['registry', 'finance']) {
      const server = spans.find((s) => s.service === service && s.kind === 2);
      // The subgraph's span is a child of the gateway's fetch to it, named after the operation it ran.
      expect(server?.name).toMatch(new RegExp(`^query CountyFunds__${service}__\\d+$`));
      expect(fetches.has(server!.parentSpanId!)).toBe(true);
    }
  });
});
