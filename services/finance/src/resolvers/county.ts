import { extendCounty } from '@pas/subgraph-kit';
import type { CountyResolvers } from '../generated/resolvers-types.js';

export const County: CountyResolvers = extendCounty('finance');
