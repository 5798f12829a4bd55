import { subgraphEntry, wholeNumberSetting } from '@pas/platform';

/** `REGISTRY_URL` and so on override the local default. */
export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${name.toUpperCase()}_URL`] ?? `http://localhost:${subgraphEntry(name).port}/graphql`;
}

/** `REGISTRY_TIMEOUT_MS` and so on give one subgraph its own timeout. */
export function subgraphTimeoutMs(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberSetting(`${name.toUpperCase()}_TIMEOUT_MS`, fallback, { env });
}
