import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { chromium } from 'playwright-core';
import { explorerRouter } from './explorer/server.js';

const apollo = new ApolloServer({ typeDefs: 'type Query { counties: [County!]! } type County { code: ID! name: String! }', resolvers: { Query: { counties: () => [{ code: '410326', name: '汝阳县' }] } } });
await apollo.start();
const app = express();
app.use(explorerRouter({ endpoint: '/graphql' }));
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = http.createServer(app);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(`${origin}/graphiql`);
for (const t of [100, 500, 1000, 2000]) {
  await page.waitForTimeout(t);
  console.log(t, await page.locator('.graphiql-explorer-root').count(), await page.locator('.graphiql-plugin').count(), await page.locator('.graphiql-plugin').isVisible().catch(() => 'n/a'));
}
await page.screenshot({ path: `/tmp/explorer-debug/plugin.png` });
console.log(await page.evaluate('JSON.stringify(Object.entries(localStorage))'));
await browser.close(); await apollo.stop(); server.close();
