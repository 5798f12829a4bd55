import { RUYANG } from './figures.js';
import type { SeedWorld } from './world.js';

/**
 * 漏评 planted for the data comparison (数据比对): families outside the register whose grade-D
 * house the housing department surveyed and nobody rebuilt (危房改造 also serves 低保 and
 * 边缘户 families). Not a figure of the documents: one per 2,000 registered households of a
 * county, rounded up, and none in 汝阳, whose verification found 贫困人口无漏评 (001).
 */
export const REGISTERED_PER_OMISSION = 2_000;

/** A household planted outside the register. */
export interface SeedOmission {
  id: string;
  villageCode: string;
  countyCode: string;
}

/** The omissions of a world, one per village of a county in code order; their sequence numbers (9001 on) are never a registered household's. */
export function plantedOmissions(world: SeedWorld): SeedOmission[] {
  const registered = new Map<string, number>();
  for (const household of world.households) registered.set(household.countyCode, (registered.get(household.countyCode) ?? 0) + 1);
  return world.counties.flatMap((county) => {
    const villages = world.villages.filter((village) => village.countyCode === county.code).sort((a, b) => a.code.localeCompare(b.code));
    if (county.code === RUYANG.code || villages.length === 0 || !registered.get(county.code)) return [];
    const count = Math.ceil(registered.get(county.code)! / REGISTERED_PER_OMISSION);
    return Array.from({ length: count }, (_, i) => {
      const village = villages[i % villages.length]!;
      return { id: `H${village.code}${9001 + Math.floor(i / villages.length)}`, villageCode: village.code, countyCode: county.code };
    });
  });
}
