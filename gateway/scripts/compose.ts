/** Writes gateway/supergraph.graphql from the subgraphs' schema files; `--check` fails when it is stale. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { composeSupergraph, supergraphFile } from '../src/compose.js';

const sdl = composeSupergraph();
if (process.argv.includes('--check')) {
  const current = existsSync(supergraphFile) ? readFileSync(supergraphFile, 'utf8') : '';
  if (current !== sdl) {
    console.error('gateway/supergraph.graphql is stale: run `npm run compose`');
    process.exit(1);
  }
  console.log('supergraph is up to date');
} else {
  writeFileSync(supergraphFile, sdl);
  console.log(`wrote ${supergraphFile}`);
}
