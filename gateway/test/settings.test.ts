import { afterAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { SUBGRAPHS } from '../src/subgraphs.js';

// No subgraph needs to answer: the gateway starts from its static supergraph.
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
