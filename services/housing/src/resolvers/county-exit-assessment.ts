import { placeOfHousehold } from '@pas/register-rules';
import { assessmentReference, recordSignals, unmetOfRoster } from '@pas/subgraph-kit';
import { safeDrinkingWaterCriterion, safeHousingCriterion } from '../domain/exit-criteria.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';
import { VillageDrinkingWater, type VillageDrinkingWaterDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  safeHousingUnmet: async ({ countyCode, year, roster }, _, ctx) => {
    const { relocations, renovations } = await load.casesOfCounty(ctx).load(countyCode);
    const relocationOf = new Map(relocations.map((relocation) => [relocation.householdId, relocation]));
    const renovationOf = new Map(renovations.map((renovation) => [renovation.householdId, renovation]));
    return unmetOfRoster(roster, [], ({ id }) => safeHousingCriterion(relocationOf.get(id) ?? null, renovationOf.get(id) ?? null, year));
  },
  safeDrinkingWaterUnmet: async ({ countyCode, year, roster }) => {
    const water = new Map((await VillageDrinkingWater.find({ countyCode }).lean<VillageDrinkingWaterDoc[]>()).map((village) => [village.villageCode, village]));
    return unmetOfRoster(roster, [], ({ id }) => safeDrinkingWaterCriterion(water.get(placeOfHousehold(id)?.villageCode ?? '') ?? null, year));
  },
  housingSignals: async ({ countyCode, year, roster }, _, ctx) => {
    const { relocations, renovations } = await load.casesOfCounty(ctx).load(countyCode);
    const dangerous = renovations
      .filter((renovation) => renovation.completedYear == null || renovation.completedYear > year)
      .map((renovation) => ({
        householdId: renovation.householdId,
        personId: null,
        kind: 'DANGEROUS_HOUSE' as const,
        source: 'housing',
        evidence: [{ label: '危房等级', value: renovation.grade }, { label: '改造完成', value: renovation.completedYear == null ? '未完成' : `${renovation.completedYear}年` }],
      }));
    return [...dangerous, ...recordSignals('housing', [...relocations, ...renovations], roster ?? [])];
  },
};
