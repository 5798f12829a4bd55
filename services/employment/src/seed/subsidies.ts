import type { Rng } from '@pas/seed-kit';
import { employmentSubsidyId, type EmploymentSubsidyDoc, type TransferRecord } from '../models/index.js';
import { RECORDS_UNTIL } from './labourers.js';

/**
 * 外出务工交通补贴 for every year a transferred labourer works away, and 就业奖补 for most years
 * worked through (001: 对稳定外出务工的贫困群众根据收入给予奖补).
 */
export function transferSubsidies(transfers: TransferRecord[], rng: Rng): EmploymentSubsidyDoc[] {
  const subsidies: EmploymentSubsidyDoc[] = [];
  for (const transfer of transfers) {
    const { personId, householdId, countyCode } = transfer;
    const firstYear = transfer.startDate.getUTCFullYear();
    const lastYear = (transfer.endDate ?? RECORDS_UNTIL).getUTCFullYear();
    for (let year = firstYear; year <= lastYear; year++) {
      subsidies.push({
        id: employmentSubsidyId('TRANSPORT', personId, year),
        personId,
        householdId,
        countyCode,
        kind: 'TRANSPORT',
        amount: rng.int(2, 5) * 10_000,
        year,
        paidOn: new Date(Date.UTC(year, 11, rng.int(1, 28))),
      });
      const workedThrough = year > firstYear && (transfer.endDate === null || year < lastYear);
      if (workedThrough && rng.chance(0.7)) {
        subsidies.push({
          id: employmentSubsidyId('EMPLOYMENT_REWARD', personId, year),
          personId,
          householdId,
          countyCode,
          kind: 'EMPLOYMENT_REWARD',
          // 就业奖补 grows with income: a tenth of a month's pay, in whole hundreds of yuan, 500 at least.
          amount: Math.max(50_000, Math.round(transfer.monthlyIncome / 10 / 10_000) * 10_000),
          year,
          paidOn: new Date(Date.UTC(year, 11, rng.int(1, 28))),
        });
      }
    }
  }
  return subsidies;
}
