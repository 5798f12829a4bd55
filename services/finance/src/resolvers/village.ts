import { extendVillage } from '@pas/subgraph-kit';
import type { VillageFinanceResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { byYear, load } from '../loaders.js';

export const Village: VillageResolvers = extendVillage('finance');

export const VillageFinance: VillageFinanceResolvers = {
  collectiveIncome: async (parent, _, ctx) => byYear(await load.collectiveIncomeOfVillage(ctx).load(parent.villageCode)),
  industryProjects: (parent, _, ctx) => load.projectsOfVillage(ctx).load(parent.villageCode),
};
