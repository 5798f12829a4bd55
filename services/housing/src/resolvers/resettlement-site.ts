import type { ResettlementSiteResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const ResettlementSite: ResettlementSiteResolvers = {
  householdsMoved: (site, _, ctx) => load.householdsMoved(ctx).load(site.id),
};
