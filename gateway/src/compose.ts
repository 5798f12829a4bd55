import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { manifestPath, SUBGRAPHS, type SubgraphEntry } from '@pas/platform';
import { subgraphTypeDefs } from '@pas/subgraph-kit';

export const supergraphFile = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** Composes the subgraphs' schema files into the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphEntry[] = SUBGRAPHS): string {
  const services = subgraphs.map(({ name, port, schema }) => ({
    name,
    url: `http://localhost:${port}/graphql`,
    typeDefs: subgraphTypeDefs(manifestPath(schema)),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
