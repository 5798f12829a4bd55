import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';

/** The access directive and its enum, declared once for every subgraph. */
export const accessSchemaFile = fileURLToPath(new URL('./access.graphql', import.meta.url));

/** A subgraph's schema file with what the kit declares for every subgraph. */
export function subgraphTypeDefs(schemaFile: URL | string): DocumentNode {
  return parse(`${readFileSync(accessSchemaFile, 'utf8')}\n${readFileSync(schemaFile, 'utf8')}`);
}
