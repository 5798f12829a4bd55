import { validateCampaignYear } from '@pas/register-rules';
import { allCriteria, incomeCriterion, lineFor, overallVerdict, visitCriterion, type ExitAssessmentParent } from '../domain/exit-assessment.js';
import { load } from '../domain/loaders.js';
import type { HouseholdExitAssessmentResolvers } from '../generated/resolvers-types.js';
import type { SubgraphContext } from '@pas/subgraph-kit';

async function registryCriteria(assessment: ExitAssessmentParent, ctx: SubgraphContext) {
  const { household, year } = assessment;
  const [lines, visits] = await Promise.all([load.povertyLines(ctx).load('all'), load.visitsOfHousehold(ctx).load(household.id)]);
  return {
    income: incomeCriterion(household, year, assessment.wageIncome, lineFor(lines, household.countyCode, year)),
    food: visitCriterion('FOOD', visits, year),
    clothing: visitCriterion('CLOTHING', visits, year),
  };
}

async function criteriaOf(assessment: ExitAssessmentParent, ctx: SubgraphContext) {
  const { medicalInsurance, compulsoryEducation, safeHousing, safeDrinkingWater } = assessment;
  const { income, food, clothing } = await registryCriteria(assessment, ctx);
  return allCriteria({
    INCOME: income,
    FOOD: food,
    CLOTHING: clothing,
    COMPULSORY_EDUCATION: compulsoryEducation,
    MEDICAL_INSURANCE: medicalInsurance,
    SAFE_HOUSING: safeHousing,
    SAFE_DRINKING_WATER: safeDrinkingWater,
  });
}

export const HouseholdExitAssessment: HouseholdExitAssessmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const household = await load.household(ctx).load(ref.householdId);
    return household && { ...ref, householdId: household.id, year: validateCampaignYear(ref.year, 'year'), household };
  },
  household: (assessment) => assessment.household,
  members: ({ household }) => household.members.map((member) => ({ ...member, household })),
  income: async (assessment, _, ctx) => (await registryCriteria(assessment, ctx)).income,
  food: async (assessment, _, ctx) => (await registryCriteria(assessment, ctx)).food,
  clothing: async (assessment, _, ctx) => (await registryCriteria(assessment, ctx)).clothing,
  criteria: (assessment, _, ctx) => criteriaOf(assessment, ctx),
  verdict: async (assessment, _, ctx) => overallVerdict(await criteriaOf(assessment, ctx)),
};
