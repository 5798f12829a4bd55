import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph({ name: 'registry', resolvers });
