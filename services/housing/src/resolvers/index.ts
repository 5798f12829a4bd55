import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Household, HouseholdHousing } from './household.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { HouseRenovation } from './house-renovation.js';
import { Relocation } from './relocation.js';
import { ResettlementSite } from './resettlement-site.js';
import { Village, VillageHousing } from './village.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('housing', 'housing'),
  Query,
  Mutation,
  Household,
  HouseholdHousing,
  Village,
  VillageHousing,
  Relocation,
  ResettlementSite,
  HouseRenovation,
};
