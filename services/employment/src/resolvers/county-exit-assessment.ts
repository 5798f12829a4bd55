import { assessmentReference, groupBy, recordSignals } from '@pas/subgraph-kit';
import { wageIncomeOf } from '../domain/wage-income.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';
import { isPublicWelfarePost } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  wageIncomes: async ({ countyCode, year }, _, ctx) => {
    const { jobs, subsidies } = await load.recordsOfCountyYear(ctx).load({ countyCode, year });
    const jobsOf = groupBy(jobs, (job) => job.householdId);
    const subsidiesOf = groupBy(subsidies, (subsidy) => subsidy.householdId);
    return [...new Set([...jobsOf.keys(), ...subsidiesOf.keys()])].sort().map((householdId) => ({
      householdId,
      amount: wageIncomeOf(jobsOf.get(householdId) ?? [], subsidiesOf.get(householdId) ?? [], year),
    }));
  },
  employmentSignals: async ({ countyCode, year, roster }, _, ctx) => {
    const { jobs, subsidies } = await load.recordsOfCountyYear(ctx).load({ countyCode, year });
    const posts = jobs.filter(isPublicWelfarePost).map((post) => ({
      householdId: post.householdId,
      personId: post.personId,
      kind: 'PUBLIC_WELFARE_POST' as const,
      source: 'employment',
      evidence: [{ label: '公益岗位', value: `${post.postType}，${post.startDate.toISOString().slice(0, 10)}起` }],
    }));
    return [...posts, ...recordSignals('employment', [...jobs, ...subsidies], roster ?? [])];
  },
};
