import type { Rng, SeedWorld } from '@pas/seed-kit';
import { RUYANG, RUYANG_DETAIL } from '@pas/seed-kit/figures';
import type { VillageCollectiveIncomeDoc } from '../models/index.js';
import { YUAN } from './money.js';

// 001: 目前78个贫困村集体经济收入均超过5万元
const THRESHOLD = RUYANG_DETAIL.collectiveEconomy.thresholdFen;
const THOUSAND_YUAN = 1_000 * YUAN;

/**
 * 村集体经济收入 of poverty villages, 2016-2019, growing year on year. A village is over 5万元
 * from its exit year on, and all of 汝阳's poverty villages are over it by 2019.
 */
export function collectiveIncomeFor(world: SeedWorld, rng: Rng): VillageCollectiveIncomeDoc[] {
  const incomes: VillageCollectiveIncomeDoc[] = [];
  for (const village of world.villages) {
    if (!village.povertyVillage) continue;
    let amount = rng.int(0, 30) * THOUSAND_YUAN;
    for (let year = 2016; year <= 2019; year++) {
      const exited = village.exitYear !== null && year >= village.exitYear;
      if ((exited || (village.countyCode === RUYANG.code && year === 2019)) && amount <= THRESHOLD) {
        amount = THRESHOLD + rng.int(1, 50) * THOUSAND_YUAN;
      }
      incomes.push({ villageCode: village.code, countyCode: village.countyCode, year, amount });
      amount = Math.round((amount * (1.1 + rng.next() * 0.4)) / THOUSAND_YUAN) * THOUSAND_YUAN + rng.int(0, 10) * THOUSAND_YUAN;
    }
  }
  return incomes;
}
