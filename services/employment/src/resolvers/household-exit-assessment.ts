import { assessmentReference } from '@pas/subgraph-kit';
import { load } from '../domain/loaders.js';
import { wageIncomeOf } from '../domain/wage-income.js';
import type { HouseholdExitAssessmentResolvers } from '../generated/resolvers-types.js';

export const HouseholdExitAssessment: HouseholdExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  wageIncome: async ({ householdId, year }, _, ctx) => {
    const [jobs, subsidies] = await Promise.all([load.jobsOfHousehold(ctx).load(householdId), load.subsidiesOfHousehold(ctx).load(householdId)]);
    return wageIncomeOf(jobs, subsidies, year);
  },
};
