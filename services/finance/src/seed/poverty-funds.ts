import type { Rng, SeedWorld } from '@pas/seed-kit';
import { RUYANG } from '@pas/seed-kit/figures';
import type { PovertyFundDoc } from '../models/index.js';
import { WAN_YUAN } from './money.js';

/**
 * 扶贫资金 per county and year. These are county totals, not per household, so they do not scale:
 * 汝阳's are the documented 3.1/6.2/7.2/8.1亿元 (001); other counties get amounts of the same order.
 */
export function povertyFundsFor(world: SeedWorld, rng: Rng): PovertyFundDoc[] {
  const funds: PovertyFundDoc[] = [];
  for (const county of world.counties) {
    const size = 0.6 + rng.next() * 0.9;
    for (const { year, fen } of RUYANG.fundsByYear) {
      const allocated = county.code === RUYANG.code ? fen : Math.round((fen * size * (0.9 + rng.next() * 0.2)) / WAN_YUAN) * WAN_YUAN;
      // Earlier years were paid out in full by the time of the exit checks; the last one mostly.
      const paidShare = year < 2019 ? 0.97 + rng.next() * 0.03 : 0.85 + rng.next() * 0.13;
      funds.push({ countyCode: county.code, year, allocated, disbursed: Math.round((allocated * paidShare) / WAN_YUAN) * WAN_YUAN });
    }
  }
  return funds;
}
