import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph({
  name: 'employment',
  port: 4002,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
});
