import { describe, expect, it } from 'vitest';
import { wageIncomeOf } from '../src/domain/wage-income.js';
import type { EmploymentRecordFields, EmploymentSubsidyDoc } from '../src/models/index.js';

const job = (startDate: string, endDate: string | null, monthlyIncome: number) =>
  ({ startDate: new Date(startDate), endDate: endDate ? new Date(endDate) : null, monthlyIncome }) as EmploymentRecordFields;
const subsidy = (year: number, amount: number) => ({ year, amount }) as EmploymentSubsidyDoc;

describe('wage income of a year (工资性收入)', () => {
  it('counts a job held all year as twelve months of pay', () => {
    expect(wageIncomeOf([job('2018-03-01', null, 300_000)], [], 2019)).toBe(3_600_000);
  });

  it('counts only the days of the year a job lasted, its last day included', () => {
    // 1 July to 31 December 2019: 184 of 365 days.
    expect(wageIncomeOf([job('2019-07-01', null, 365_000)], [], 2019)).toBe(Math.round((365_000 * 12 * 184) / 365));
    expect(wageIncomeOf([job('2017-01-01', '2018-12-31', 300_000)], [], 2019)).toBe(0);
    expect(wageIncomeOf([job('2020-01-01', null, 300_000)], [], 2019)).toBe(0);
  });

  it('adds the subsidies paid for the year, and no other year’s', () => {
    expect(wageIncomeOf([], [subsidy(2019, 50_000), subsidy(2018, 80_000)], 2019)).toBe(50_000);
  });
});
