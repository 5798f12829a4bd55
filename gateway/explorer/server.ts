import express from 'express';
import { createLogger } from '@pas/platform';
import { buildExplorer, bundleIsStale, distDir } from './build.js';

/**
 * Serves the explorer page at /graphiql and its bundle at /graphiql/*. The bundle is built on
 * the first request when it is missing or older than its sources, so a fresh clone needs no
 * build step.
 */
export function explorerRouter(options: { endpoint: string }): express.Router {
  const log = createLogger('explorer');
  const contentSecurityPolicy = pagePolicy(options.endpoint);
  let bundleReady: Promise<void> | undefined;

  function ensureBundle(): Promise<void> {
    bundleReady ??= (async () => {
      if (!bundleIsStale()) return;
      log.info('building the explorer bundle');
      const { durationMs, bytes } = await buildExplorer();
      log.info({ durationMs, bytes }, 'explorer bundle built');
    })().catch((error: unknown) => {
      bundleReady = undefined; // the next request tries again
      log.error({ err: error }, 'explorer bundle failed to build');
      throw error;
    });
    return bundleReady;
  }

  const router = express.Router();
  router.use('/graphiql', async (_req, _res, next) => {
    await ensureBundle();
    next();
  });
  router.get('/graphiql', (req, res) => {
    res.set('Content-Security-Policy', contentSecurityPolicy).type('html').send(explorerPage(options.endpoint, `${req.baseUrl}/graphiql`));
  });
  router.use('/graphiql', express.static(distDir, { index: false }));
  return router;
}

/**
 * Air-gapped networks: the browser itself refuses anything but this server (and the endpoint's
 * host, if another). GraphiQL sets inline styles and embeds its fonts as data: URLs.
 */
function pagePolicy(endpoint: string): string {
  const endpointOrigin = URL.canParse(endpoint) ? ` ${new URL(endpoint).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    'font-src data:',
    `connect-src 'self'${endpointOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function explorerPage(endpoint: string, assets: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="graphql-endpoint" content="${escapeAttribute(endpoint)}">
    <title>脱贫攻坚 supergraph explorer · 数据查询</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${escapeAttribute(assets)}/main.css">
    <script defer src="${escapeAttribute(assets)}/main.js"></script>
  </head>
  <body>
    <div id="explorer"></div>
  </body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
