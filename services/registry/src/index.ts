import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph({
  name: 'registry',
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
});
