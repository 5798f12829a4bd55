import { readFileSync } from 'node:fs';

/** One subgraph as `subgraphs.json` at the repository root lists it; paths are from that root. */
export interface SubgraphEntry {
  name: string;
  /** Default local port; PORT overrides it. */
  port: number;
  schema: string;
  entry: string;
  /** The subgraph's seed module: exports `seedModule`, its part of the generated data set. */
  seed: string;
}

const repoRoot = new URL('../../../', import.meta.url);

/** The department subgraphs in composition order: the one list the gateway, tools and tests read. */
export const SUBGRAPHS: readonly SubgraphEntry[] = (JSON.parse(readFileSync(new URL('subgraphs.json', repoRoot), 'utf8')) as { subgraphs: SubgraphEntry[] }).subgraphs;

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`"${name}" is not in subgraphs.json (${SUBGRAPHS.map((s) => s.name).join(', ')})`);
  return entry;
}

/** A manifest path (schema, entry or seed) as a file URL. */
export function manifestPath(relative: string): URL {
  return new URL(relative, repoRoot);
}

/** A subgraph's own environment variable: `subgraphVariable('registry', 'URL')` is `REGISTRY_URL`. */
export function subgraphVariable(name: string, setting: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${setting}`;
}
