import { afterAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { SUBGRAPHS } from '@pas/platform';

// What the gateway does on its own: no subgraph needs to answer, it starts from its static supergraph.
const nowhere = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, 'http://127.0.0.1:9/graphql']));
const started: RunningGateway[] = [];
afterAll(() => Promise.all(started.map((g) => g.stop())));

async function browserOpens(landingPage?: string): Promise<string> {
  const gateway = await startGateway({ port: 0, subgraphUrls: nowhere, landingPage });
  started.push(gateway);
  const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('the landing page at /graphql', () => {
  it('sends a browser to the bundled explorer by default, loading nothing from elsewhere', async () => {
    const html = await browserOpens();
    expect(html).toContain('url=./graphiql');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('is Apollo Sandbox when asked for, for networks that reach the internet', async () => {
    expect(await browserOpens('sandbox')).toContain('embeddable-sandbox.cdn.apollographql.com');
  });

  it('refuses an unknown setting at start', async () => {
    await expect(startGateway({ port: 0, subgraphUrls: nowhere, landingPage: 'playground' })).rejects.toThrow(/LANDING_PAGE must be one of graphiql, sandbox/);
  });
});

describe('number settings', () => {
  it.each([
    ['SUBGRAPH_CONNECTIONS', 'many'],
    ['MAX_QUERY_DEPTH', '0'],
    ['REGISTRY_TIMEOUT_MS', '1.5'],
  ])('stop the start when %s is "%s", naming it', async (name, value) => {
    process.env[name] = value;
    try {
      await expect(startGateway({ port: 0, subgraphUrls: nowhere })).rejects.toThrow(`${name} must be a whole number of at least 1, not "${value}"`);
    } finally {
      delete process.env[name];
    }
  });
});

describe('a request the GraphQL server never sees', () => {
  async function post(body: string): Promise<{ status: number; type: string | null; body: unknown }> {
    const gateway = await startGateway({ port: 0, subgraphUrls: nowhere });
    started.push(gateway);
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
  }

  it('is refused as too large with a GraphQL error and a code, not an HTML page', async () => {
    const answer = await post(JSON.stringify({ query: '{ counties { code } }', padding: 'x'.repeat(300_000) }));
    expect(answer).toEqual({
      status: 413,
      type: expect.stringContaining('application/json'),
      body: { errors: [{ message: 'The request body is larger than the limit of 262144 bytes', extensions: { code: 'REQUEST_TOO_LARGE' } }] },
    });
  });

  it('is refused as not JSON with BAD_REQUEST', async () => {
    const answer = await post('{"query": ');
    expect(answer).toEqual({ status: 400, type: expect.stringContaining('application/json'), body: { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] } });
  });
});
