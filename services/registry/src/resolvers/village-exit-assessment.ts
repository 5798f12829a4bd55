import { validateCampaignYear } from '@pas/register-rules';
import { combinedVerdict, type SubgraphContext } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import { loadVillages, villageCriteria, villageIncidence, type VillageAssessmentParent } from '../domain/village-assessment.js';
import type { VillageExitAssessmentResolvers } from '../generated/resolvers-types.js';

async function thresholdOf(ctx: SubgraphContext, key: 'VILLAGE_INCIDENCE' | 'COLLECTIVE_INCOME') {
  return (await load.exitThresholds(ctx).load('all')).find((threshold) => threshold.key === key) ?? null;
}

async function incidenceOf(assessment: VillageAssessmentParent, ctx: SubgraphContext) {
  const households = await loadVillages.households(ctx).load(assessment.villageCode);
  return villageIncidence(assessment.village, households, assessment.year, await thresholdOf(ctx, 'VILLAGE_INCIDENCE'));
}

async function criteriaOf(assessment: VillageAssessmentParent, ctx: SubgraphContext) {
  return villageCriteria(assessment, await incidenceOf(assessment, ctx), await thresholdOf(ctx, 'COLLECTIVE_INCOME'));
}

export const VillageExitAssessment: VillageExitAssessmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const village = await load.village(ctx).load(ref.villageCode);
    return village && { ...ref, year: validateCampaignYear(ref.year, 'year'), village };
  },
  village: (assessment) => assessment.village,
  incidence: (assessment, _, ctx) => incidenceOf(assessment, ctx),
  criteria: (assessment, _, ctx) => criteriaOf(assessment, ctx),
  verdict: async (assessment, _, ctx) => combinedVerdict((await criteriaOf(assessment, ctx)).map((criterion) => criterion.verdict)),
};
