import { assessmentReference } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import type { VillageExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const VillageExitAssessment: VillageExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  collectiveIncome: async ({ villageCode, year }, _, ctx) =>
    (await load.collectiveIncomeOfVillage(ctx).load(villageCode)).find((income) => income.year === year)?.amount ?? null,
};
