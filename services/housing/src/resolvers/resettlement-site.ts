import type { ResettlementSiteResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';

export const ResettlementSite: ResettlementSiteResolvers = {
  householdsMoved: (site, _, ctx) => load.householdsMoved(ctx).load(site.id),
};
