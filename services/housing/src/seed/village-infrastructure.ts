import type { Rng, SeedWorld } from '@pas/seed-kit';
import type { VillageInfrastructureDoc } from '../models/index.js';

/** Roads, buses and grid: an exited poverty village met all three (村出列 standard). */
export function infrastructureFor(world: SeedWorld, rng: Rng): VillageInfrastructureDoc[] {
  return world.villages.map((village) => {
    const met = village.povertyVillage && village.exitYear !== null;
    const likely = village.povertyVillage ? 0.9 : 0.95;
    return {
      villageCode: village.code,
      countyCode: village.countyCode,
      hardenedRoad: met || rng.chance(likely),
      busService: met || rng.chance(likely - 0.05),
      gridUpgraded: met || rng.chance(likely),
      checkedYear: village.exitYear ?? 2019,
    };
  });
}
