import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../explorer/build.js';
import { explorerRouter } from '../explorer/server.js';
import { composeSupergraph, supergraphFile } from '../src/compose.js';

describe('example operations', () => {
  const supergraphSdl = existsSync(supergraphFile) ? readFileSync(supergraphFile, 'utf8') : composeSupergraph();
  // Rebuilt from its SDL: federation-internals holds the CommonJS copy of graphql, this file the ES module one.
  const apiSchema = buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));

  it('are four to six files', () => {
    expect(exampleOperations().length).toBeGreaterThanOrEqual(4);
    expect(exampleOperations().length).toBeLessThanOrEqual(6);
  });

  it.each(exampleOperations())('$file is one named operation that the supergraph accepts', ({ text }) => {
    const document = parse(text);
    expect(document.definitions).toHaveLength(1);
    expect((document.definitions[0] as OperationDefinitionNode).name?.value).toBeTruthy();
    expect(validate(apiSchema, document).map((error) => error.message)).toEqual([]);
  });
});

const chromiumPath = '/usr/bin/chromium';
const chromiumMissing = !existsSync(chromiumPath);
if (chromiumMissing && !process.env.CI) {
  console.warn(`Skipping the explorer page tests: no Chromium at ${chromiumPath} (apt-get install chromium). CI fails instead.`);
}

describe.skipIf(chromiumMissing && !process.env.CI)('explorer page in headless Chromium', () => {
  const requests: { headers: http.IncomingHttpHeaders; query: string }[] = [];
  let httpServer: http.Server;
  let apollo: ApolloServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    if (chromiumMissing) throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
    apollo = new ApolloServer({
      typeDefs: 'type Query { counties: [County!]! } type County { code: ID! name: String! }',
      resolvers: {
        Query: {
          counties: () => [
            { code: '410326', name: '汝阳县' },
            { code: '410325', name: '嵩县' },
          ],
        },
      },
    });
    await apollo.start();
    const app = express();
    app.use(explorerRouter({ endpoint: '/graphql' }));
    app.use(
      '/graphql',
      express.json(),
      (req, _res, next) => {
        requests.push({ headers: req.headers, query: String(req.body?.query) });
        next();
      },
      expressMiddleware(apollo),
    );
    httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await apollo?.stop();
    httpServer?.close();
  });

  /** A fresh page (own storage) that aborts and records requests to any other host, and records errors. */
  async function openExplorer(): Promise<{ page: Page; externalRequests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const externalRequests: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      externalRequests.push(route.request().url());
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Content-Security-Policy violations are reported here too.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    return { page, externalRequests, errors };
  }

  it('loads from this server alone, with one tab per example operation and the query builder open', async () => {
    const { page, externalRequests, errors } = await openExplorer();
    await page.waitForLoadState('networkidle');

    expect(await page.title()).toContain('脱贫攻坚 supergraph explorer');
    expect(await page.locator('.graphiql-tab').count()).toBe(exampleOperations().length);
    await page.locator('.graphiql-tab', { hasText: 'CountyOverview' }).waitFor();
    // The query builder is open from the start.
    await page.locator('.graphiql-explorer-root', { hasText: 'counties' }).waitFor();
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs a query as the caller given in the top bar', async () => {
    const { page, externalRequests, errors } = await openExplorer();
    await page.getByLabel('令牌 Token').fill('Bearer token-of-an-analyst');
    await page.getByLabel('查询用途 Purpose').fill('入户核查 household check');

    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('ControlOrMeta+A');
    // The editor closes brackets itself; typing a closing one steps over it.
    await page.keyboard.type('query Counties { counties { code name } }');
    // GraphiQL takes the operation name from the editor a moment later; the tab shows it then.
    await page.locator('.graphiql-tab-active .graphiql-tab-button', { hasText: /^Counties$/ }).waitFor();
    await page.locator('.graphiql-execute-button').click();

    await page.locator('.graphiql-response', { hasText: '汝阳县' }).waitFor();
    const run = requests.findLast(({ query }) => query.includes('query Counties'));
    expect(run?.headers.authorization).toBe('Bearer token-of-an-analyst');
    expect(run?.headers['x-access-purpose']).toBe(encodeURIComponent('入户核查 household check'));
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('remembers the token and purpose after a reload', async () => {
    const { page } = await openExplorer();
    await page.getByLabel('令牌 Token').fill('token-of-an-analyst');
    await page.getByLabel('查询用途 Purpose').fill('季度汇总 quarterly report');
    await page.reload();

    expect(await page.getByLabel('令牌 Token').inputValue()).toBe('token-of-an-analyst');
    expect(await page.getByLabel('查询用途 Purpose').inputValue()).toBe('季度汇总 quarterly report');
    await page.close();
  });
});
