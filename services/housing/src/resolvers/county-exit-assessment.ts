import { placeOfHousehold } from '@pas/register-rules';
import { assessmentReference, householdVerdict } from '@pas/subgraph-kit';
import { safeDrinkingWaterCriterion, safeHousingCriterion } from '../domain/exit-criteria.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { HouseRenovation, Relocation, VillageDrinkingWater, type HouseRenovationDoc, type RelocationDoc, type VillageDrinkingWaterDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  safeHousing: async ({ countyCode, year, roster }) => {
    const [relocations, renovations] = await Promise.all([
      Relocation.find({ countyCode }).lean<RelocationDoc[]>(),
      HouseRenovation.find({ countyCode }).lean<HouseRenovationDoc[]>(),
    ]);
    const relocationOf = new Map(relocations.map((relocation) => [relocation.householdId, relocation]));
    const renovationOf = new Map(renovations.map((renovation) => [renovation.householdId, renovation]));
    return (roster ?? []).map(({ id }) => householdVerdict(id, safeHousingCriterion(relocationOf.get(id) ?? null, renovationOf.get(id) ?? null, year)));
  },
  safeDrinkingWater: async ({ countyCode, year, roster }) => {
    const water = new Map((await VillageDrinkingWater.find({ countyCode }).lean<VillageDrinkingWaterDoc[]>()).map((village) => [village.villageCode, village]));
    return (roster ?? []).map(({ id }) => householdVerdict(id, safeDrinkingWaterCriterion(water.get(placeOfHousehold(id)?.villageCode ?? '') ?? null, year)));
  },
};
