import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

export const LANDING_PAGES = ['graphiql', 'sandbox'] as const;
export type LandingPage = (typeof LANDING_PAGES)[number];

/**
 * What a browser opening /graphql sees. `graphiql` (the default) sends it to the bundled explorer,
 * which needs nothing from the internet; `sandbox` shows Apollo Sandbox, loaded from Apollo's CDN,
 * for networks that reach it.
 */
export function landingPage(kind: string = process.env.LANDING_PAGE ?? 'graphiql'): ApolloServerPlugin {
  if (kind === 'sandbox') return ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false });
  if (kind !== 'graphiql') throw new Error(`LANDING_PAGE must be one of ${LANDING_PAGES.join(', ')}, not "${kind}"`);
  const page = '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=./graphiql"><title>GraphiQL</title><a href="./graphiql">GraphiQL</a>';
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: page }; } };
    },
  };
}
