import { byYear, load } from '../domain/loaders.js';
import type { VillageFinanceResolvers } from '../generated/resolvers-types.js';

export const VillageFinance: VillageFinanceResolvers = {
  collectiveIncome: async (parent, _, ctx) => byYear(await load.collectiveIncomeOfVillage(ctx).load(parent.villageCode)),
  industryProjects: (parent, _, ctx) => load.projectsOfVillage(ctx).load(parent.villageCode),
};
