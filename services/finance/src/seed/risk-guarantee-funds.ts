import type { Rng, SeedWorld } from '@pas/seed-kit';
import { YIYANG_CREDIT } from '@pas/seed-kit/figures';
import type { MicroloanDoc, RiskGuaranteeFundDoc } from '../models/index.js';
import { WAN_YUAN } from './money.js';

/**
 * 风险补偿金 per county. 宜阳's is documented (004: 1500万元, lent 5 times over); elsewhere the
 * deposit is sized so that the bank's ceiling covers the county's microcredit at full scale.
 */
export function riskGuaranteeFundsFor(world: SeedWorld, rng: Rng, loans: readonly MicroloanDoc[]): RiskGuaranteeFundDoc[] {
  const lent = new Map<string, number>();
  for (const loan of loans) lent.set(loan.countyCode, (lent.get(loan.countyCode) ?? 0) + loan.amount);
  return world.counties.map((county) => {
    if (county.code === YIYANG_CREDIT.countyCode) {
      return {
        countyCode: county.code,
        bank: '中国农业银行',
        deposited: YIYANG_CREDIT.riskGuaranteeFen,
        leverageMultiple: YIYANG_CREDIT.leverageMultiple,
        establishedYear: 2016,
      };
    }
    const leverageMultiple = rng.pick([5, 8, 10]);
    const fullScaleLending = (lent.get(county.code) ?? 0) / world.scale;
    // In whole millions of yuan (百万元), at least 500万元.
    const deposited = Math.max(5, Math.ceil(fullScaleLending / leverageMultiple / (100 * WAN_YUAN))) * 100 * WAN_YUAN;
    const bank = rng.pick(['中国农业银行', '中国邮政储蓄银行', '农村商业银行']);
    return { countyCode: county.code, bank, deposited, leverageMultiple, establishedYear: rng.int(2016, 2017) };
  });
}
