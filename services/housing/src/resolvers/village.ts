import { extendVillage } from '@pas/subgraph-kit';
import type { VillageResolvers } from '../generated/resolvers-types.js';

export const Village: VillageResolvers = extendVillage('housing');
