import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph({
  name: 'registry',
  port: 4001,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
});
