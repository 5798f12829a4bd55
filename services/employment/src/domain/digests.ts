import { FIRST_CAMPAIGN_YEAR } from '@pas/register-rules';
import { countyYearDigest, countyYearScope } from '@pas/subgraph-kit';
import { EmploymentRecord, EmploymentSubsidy, type EmploymentRecordFields, type EmploymentSubsidyDoc } from '../models/index.js';

/**
 * Each county's jobs by the year they started (a job's end may still change; its start is part
 * of its id): wages and signals of a year read the years up to it.
 */
// Typed as whole records for the kind guards; only the fields listed are present.
export const jobDigest = countyYearDigest<EmploymentRecordFields>({
  name: 'jobs', model: EmploymentRecord, parts: 8, yearField: 'startDate',
  fields: ['householdId', 'personId', 'kind', 'startDate', 'endDate', 'monthlyIncome', 'postType'],
});

/** Each county's subsidies by the year they were paid for. */
export const subsidyDigest = countyYearDigest<Pick<EmploymentSubsidyDoc, 'householdId' | 'personId' | 'year' | 'amount'>>({
  name: 'employmentSubsidies', model: EmploymentSubsidy, parts: 16, yearField: 'year',
  fields: ['householdId', 'personId', 'year', 'amount'],
});

/** The county's jobs held at some time in the year, and its subsidies paid for the year. */
export async function recordsOfCountyYear({ countyCode, year }: { countyCode: string; year: number }) {
  const startYears = Array.from({ length: Math.max(0, year - FIRST_CAMPAIGN_YEAR + 1) }, (_, i) => countyYearScope(countyCode, FIRST_CAMPAIGN_YEAR + i));
  const [started, subsidies] = await Promise.all([jobDigest.read(startYears), subsidyDigest.read([countyYearScope(countyCode, year)])]);
  const jobs = started.filter((job) => job.endDate == null || job.endDate.getTime() >= Date.UTC(year, 0, 1));
  return { jobs, subsidies };
}

export const DIGESTS = [jobDigest, subsidyDigest];
