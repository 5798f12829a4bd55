import { assessmentReference, groupBy } from '@pas/subgraph-kit';
import { wageIncomeOf } from '../domain/wage-income.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { EmploymentRecord, EmploymentSubsidy, type EmploymentRecordFields, type EmploymentSubsidyDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  wageIncomes: async ({ countyCode, year }) => {
    const [jobs, subsidies] = await Promise.all([
      // Jobs that started by the end of the year and had not ended before it.
      EmploymentRecord.find({ countyCode, startDate: { $lte: new Date(Date.UTC(year, 11, 31)) }, $or: [{ endDate: null }, { endDate: { $gte: new Date(Date.UTC(year, 0, 1)) } }] }).lean<EmploymentRecordFields[]>(),
      EmploymentSubsidy.find({ countyCode, year }).lean<EmploymentSubsidyDoc[]>(),
    ]);
    const jobsOf = groupBy(jobs, (job) => job.householdId);
    const subsidiesOf = groupBy(subsidies, (subsidy) => subsidy.householdId);
    return [...new Set([...jobsOf.keys(), ...subsidiesOf.keys()])].sort().map((householdId) => ({
      householdId,
      amount: wageIncomeOf(jobsOf.get(householdId) ?? [], subsidiesOf.get(householdId) ?? [], year),
    }));
  },
};
