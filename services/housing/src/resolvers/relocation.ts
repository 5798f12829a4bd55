import { must } from '@pas/subgraph-kit';
import type { RelocationResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const Relocation: RelocationResolvers = {
  household: (relocation) => ({ id: relocation.householdId }),
  fromVillage: (relocation) => ({ code: relocation.fromVillageCode }),
  site: async (relocation, _, ctx) => must(await load.site(ctx).load(relocation.siteId), `resettlement site ${relocation.siteId}`),
};
