import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pino from 'pino';
import { Histogram } from 'prom-client';
import { chromium } from 'playwright-core';
import { acquireLocalEngine, repoRoot } from '@pas/mongo-runtime';
import { ensureDemoData } from '@pas/seeds';
import { signToken } from '@pas/subgraph-kit';
import { explorerRouter } from './explorer/server.js';
import { composeSupergraph } from './src/compose.js';
import { SubgraphSource } from './src/subgraph-source.js';
import { SUBGRAPHS } from './src/subgraphs.js';

const log = pino({ name: 'shot' });
const engine = await acquireLocalEngine(log);
await ensureDemoData(engine.uri);
const children: ChildProcess[] = [];
const port = (name: string) => 4100 + SUBGRAPHS.findIndex((s) => s.name === name) + 1;
try {
  for (const { name } of SUBGRAPHS) {
    children.push(spawn(process.execPath, ['--import', 'tsx', `services/${name}/src/index.ts`], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, MONGODB_URI: engine.uri, PORT: String(port(name)) } }));
  }
  for (const { name } of SUBGRAPHS) {
    for (let i = 0; i < 600; i++) {
      if (await fetch(`http://127.0.0.1:${port(name)}/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const histogram = new Histogram({ name: 'x', help: 'x', labelNames: ['subgraph', 'outcome'] });
  const gateway = new ApolloGateway({ supergraphSdl: composeSupergraph(), buildService: ({ name }) => new SubgraphSource(name, `http://127.0.0.1:${port(name)}/graphql`, 10_000, histogram) });
  const server = new ApolloServer({ gateway });
  await server.start();
  const app = express();
  app.use(explorerRouter({ endpoint: '/graphql' }));
  app.use('/graphql', express.json(), expressMiddleware(server, { context: async ({ req }) => ({ authorization: req.header('authorization'), requestId: randomUUID(), purpose: req.header('x-access-purpose') }) as never }));
  const httpServer = http.createServer(app);
  await new Promise<void>((r) => httpServer.listen(4100, '127.0.0.1', r));

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  const external: string[] = [];
  await page.route('**/*', (route) => { const h = new URL(route.request().url()).hostname; if (h === '127.0.0.1') return route.continue(); external.push(route.request().url()); return route.abort(); });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  await page.goto('http://127.0.0.1:4100/graphiql');
  await page.locator('.graphiql-container').waitFor();
  await page.getByLabel('令牌 Token').fill(await signToken({ sub: 'demo-analyst', role: 'analyst' }));
  await page.getByLabel('查询用途 Purpose').fill('季度汇总 quarterly report');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
  await page.locator('.graphiql-explorer-root', { hasText: 'households' }).waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response', { hasText: '汝阳县' }).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/explorer.png' });
  console.log('external requests:', external);
  await browser.close();
  await server.stop();
  httpServer.close();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await engine.stop();
}
