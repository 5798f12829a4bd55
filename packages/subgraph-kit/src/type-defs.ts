import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';

/**
 * What the kit declares for every subgraph: the federation link, the shared scalars, the access
 * directives and their audit type, and the exit standard's vocabulary.
 */
export const kitSchemaFiles = ['./kit.graphql', './access/access.graphql', './exit/exit-criterion.graphql'].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/** A subgraph's schema file with what the kit declares for every subgraph. */
export function subgraphTypeDefs(schemaFile: URL | string): DocumentNode {
  return parse([...kitSchemaFiles, schemaFile].map((file) => readFileSync(file, 'utf8')).join('\n'));
}
