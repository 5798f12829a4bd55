import { runSubgraph } from '@pas/subgraph-kit';
import { resolvers } from './resolvers/index.js';
import { DIGESTS } from './domain/digests.js';

await runSubgraph({ name: 'employment', digests: DIGESTS, resolvers });
