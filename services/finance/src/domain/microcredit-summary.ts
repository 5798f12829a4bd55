import DataLoader from 'dataloader';
import { groupedSums } from '@pas/subgraph-kit';
import type { MicrocreditSummary } from '../generated/resolvers-types.js';
import { Microloan, type MicroloanDoc } from '../models/index.js';

const EMPTY: MicrocreditSummary = { loans: 0, amount: 0, outstanding: 0, overdueLoans: 0, overdueAmount: 0 };

/** Each county's loans summed per status by the engine (one batch for all counties asked), folded here. */
export function microcreditSummaryLoader(): DataLoader<string, MicrocreditSummary> {
  return new DataLoader<string, MicrocreditSummary>(async (countyCodes) => {
    const rows = await groupedSums(
      Microloan,
      [{ $match: { countyCode: { $in: countyCodes } } }],
      { countyCode: '$countyCode', status: '$status' },
      { loans: 1, amount: '$amount', overdueAmount: '$overdueAmount' },
    );
    const byCounty = new Map<string, MicrocreditSummary>();
    for (const row of rows) {
      const { countyCode, status } = row._id as { countyCode: string; status: MicroloanDoc['status'] };
      const summary = byCounty.get(countyCode) ?? { ...EMPTY };
      summary.loans += row.loans;
      summary.amount += row.amount;
      summary.overdueAmount += row.overdueAmount;
      if (status !== 'REPAID') summary.outstanding += row.amount;
      if (status === 'OVERDUE') summary.overdueLoans += row.loans;
      byCounty.set(countyCode, summary);
    }
    return countyCodes.map((code) => byCounty.get(code) ?? EMPTY);
  });
}
