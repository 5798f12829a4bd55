import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph({
  name: 'housing',
  port: 4005,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
});
