import { assessmentReference } from '@pas/subgraph-kit';
import { infrastructureCriterion, safeDrinkingWaterCriterion } from '../domain/exit-criteria.js';
import { load } from '../domain/loaders.js';
import type { VillageExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const VillageExitAssessment: VillageExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  safeDrinkingWater: async ({ villageCode, year }, _, ctx) => safeDrinkingWaterCriterion(await load.drinkingWater(ctx).load(villageCode), year),
  roadAndBus: async ({ villageCode, year }, _, ctx) => infrastructureCriterion('ROAD_AND_BUS', await load.infrastructure(ctx).load(villageCode), year),
  power: async ({ villageCode, year }, _, ctx) => infrastructureCriterion('POWER', await load.infrastructure(ctx).load(villageCode), year),
};
