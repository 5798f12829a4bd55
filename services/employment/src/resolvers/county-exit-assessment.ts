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
  employmentSignals: async ({ countyCode, year, roster }) => {
    const { jobs, subsidies } = await recordsOfYear(countyCode, year);
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

// Only the fields wages and signals need: a county's year is read whole.
const JOB_FIELDS = { householdId: 1, personId: 1, kind: 1, startDate: 1, endDate: 1, monthlyIncome: 1, postType: 1 };

/** The county's jobs held at some time in the year, and its subsidies paid for the year. */
async function recordsOfYear(countyCode: string, year: number) {
  const [jobs, subsidies] = await Promise.all([
    EmploymentRecord.find({ countyCode, startDate: { $lte: new Date(Date.UTC(year, 11, 31)) }, $or: [{ endDate: null }, { endDate: { $gte: new Date(Date.UTC(year, 0, 1)) } }] }, JOB_FIELDS).lean<EmploymentRecordFields[]>(),
    EmploymentSubsidy.find({ countyCode, year }, { householdId: 1, personId: 1, year: 1, amount: 1 }).lean<EmploymentSubsidyDoc[]>(),
  ]);
  return { jobs, subsidies };
}
