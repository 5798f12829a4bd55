import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph({
  name: 'finance',
  port: 4006,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
});
