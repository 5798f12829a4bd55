import { assessmentReference, groupBy, recordSignals } from '@pas/subgraph-kit';
import { wageIncomeOf } from '../domain/wage-income.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { EmploymentRecord, EmploymentSubsidy, isPublicWelfarePost, type EmploymentRecordFields, type EmploymentSubsidyDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  wageIncomes: async ({ countyCode, year }) => {
    const { jobs, subsidies } = await recordsOfYear(countyCode, year);
    const jobsOf = groupBy(jobs, (job) => job.householdId);
    const subsidiesOf = groupBy(subsidies, (subsidy) => subsidy.householdId);
    return [...new Set([...jobsOf.keys(), ...subsidiesOf.keys()])].sort().map((householdId) => ({
      householdId,
      amount: wageIncomeOf(jobsOf.get(householdId) ?? [], subsidiesOf.get(householdId) ?? [], year),
    }));
  },
  employmentSignals: async ({ countyCode, year }) => {
    const { jobs, subsidies } = await recordsOfYear(countyCode, year);
    const posts = jobs.filter(isPublicWelfarePost).map((post) => ({
      householdId: post.householdId,
      personId: post.personId,
      kind: 'PUBLIC_WELFARE_POST' as const,
      source: 'employment',
      evidence: [{ label: '公益岗位', value: `${post.postType}，${post.startDate.toISOString().slice(0, 10)}起` }],
    }));
    return [...posts, ...recordSignals('employment', [...jobs, ...subsidies])];
  },
};

/** The county's jobs held at some time in the year, and its subsidies paid for the year. */
async function recordsOfYear(countyCode: string, year: number) {
  const [jobs, subsidies] = await Promise.all([
    EmploymentRecord.find({ countyCode, startDate: { $lte: new Date(Date.UTC(year, 11, 31)) }, $or: [{ endDate: null }, { endDate: { $gte: new Date(Date.UTC(year, 0, 1)) } }] }).lean<EmploymentRecordFields[]>(),
    EmploymentSubsidy.find({ countyCode, year }).lean<EmploymentSubsidyDoc[]>(),
  ]);
  return { jobs, subsidies };
}
