import type { VillageFinanceResolvers, VillageResolvers } from '../generated/resolvers-types.js';
import { byYear, load } from '../loaders.js';

export const Village: VillageResolvers = {
  // The registry owns villages; this subgraph only adds fields keyed by the code.
  __resolveReference: (ref) => ref,
  finance: (village) => ({ villageCode: village.code }),
};

export const VillageFinance: VillageFinanceResolvers = {
  collectiveIncome: async (parent, _, ctx) => byYear(await load.collectiveIncomeOfVillage(ctx).load(parent.villageCode)),
  industryProjects: (parent, _, ctx) => load.projectsOfVillage(ctx).load(parent.villageCode),
};
