import { wholeNumberSetting } from '@pas/subgraph-kit';

/** The seven department subgraphs, their default local ports, and the URL each is reached at. */
export const SUBGRAPHS = [
  { name: 'registry', port: 4001 },
  { name: 'employment', port: 4002 },
  { name: 'healthcare', port: 4003 },
  { name: 'education', port: 4004 },
  { name: 'housing', port: 4005 },
  { name: 'finance', port: 4006 },
  { name: 'command', port: 4007 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** `REGISTRY_URL` and so on override the local default. */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  const port = SUBGRAPHS.find((s) => s.name === name)!.port;
  return env[`${name.toUpperCase()}_URL`] ?? `http://localhost:${port}/graphql`;
}

/** `REGISTRY_TIMEOUT_MS` and so on give one subgraph its own timeout. */
export function subgraphTimeoutMs(name: SubgraphName, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberSetting(`${name.toUpperCase()}_TIMEOUT_MS`, fallback, { env });
}
