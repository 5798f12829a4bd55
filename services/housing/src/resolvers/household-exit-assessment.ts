import { placeOfHousehold } from '@pas/register-rules';
import { assessmentReference } from '@pas/subgraph-kit';
import { safeDrinkingWaterCriterion, safeHousingCriterion } from '../domain/exit-criteria.js';
import { load } from '../domain/loaders.js';
import type { HouseholdExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const HouseholdExitAssessment: HouseholdExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  safeHousing: async (assessment, _, ctx) => {
    const [relocation, renovation] = await Promise.all([
      load.relocationOfHousehold(ctx).load(assessment.householdId),
      load.renovationOfHousehold(ctx).load(assessment.householdId),
    ]);
    return safeHousingCriterion(relocation, renovation, assessment.year);
  },
  safeDrinkingWater: async (assessment, _, ctx) => {
    const village = placeOfHousehold(assessment.householdId)?.villageCode;
    return safeDrinkingWaterCriterion(village ? await load.drinkingWater(ctx).load(village) : null, assessment.year);
  },
};
