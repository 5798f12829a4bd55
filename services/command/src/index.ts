import { createSubgraph, runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';

await runSubgraph(createSubgraph({ name: 'command', resolvers }));
