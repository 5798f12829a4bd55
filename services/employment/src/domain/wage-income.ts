import type { EmploymentRecordFields, EmploymentSubsidyDoc } from '../models/index.js';

const DAY = 86_400_000;

/** The days of `year` a job lasted (its end day included; a job with no end lasts on). */
function daysHeldIn(job: Pick<EmploymentRecordFields, 'startDate' | 'endDate'>, year: number): number {
  const from = Math.max(job.startDate.getTime(), Date.UTC(year, 0, 1));
  const to = Math.min(job.endDate?.getTime() ?? Infinity, Date.UTC(year, 11, 31));
  return to < from ? 0 : Math.round((to - from) / DAY) + 1;
}

/** 工资性收入 in fen: monthly pay × 12 for the share of the year each job lasted, and the year's subsidies. */
export function wageIncomeOf(jobs: EmploymentRecordFields[], subsidies: Pick<EmploymentSubsidyDoc, 'year' | 'amount'>[], year: number): number {
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
  const wages = jobs.reduce((sum, job) => sum + (job.monthlyIncome * 12 * daysHeldIn(job, year)) / daysInYear, 0);
  const paid = subsidies.filter((subsidy) => subsidy.year === year).reduce((sum, subsidy) => sum + subsidy.amount, 0);
  return Math.round(wages) + paid;
}
