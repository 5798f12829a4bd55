import { subgraphEntry, subgraphVariable, wholeNumberSetting } from '@pas/platform';

/** `REGISTRY_URL` and so on override the local default. */
export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[subgraphVariable(name, 'URL')] ?? `http://localhost:${subgraphEntry(name).port}/graphql`;
}

/** `REGISTRY_TIMEOUT_MS` and so on give one subgraph its own timeout. */
export function subgraphTimeoutMs(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberSetting(subgraphVariable(name, 'TIMEOUT_MS'), fallback, { env });
}
