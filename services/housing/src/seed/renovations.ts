import type { Rng, SeedOmission, SeedWorld } from '@pas/seed-kit';
import { renovationId, type HouseRenovationDoc } from '../models/index.js';

const YUAN = 100;
/** Subsidy per case in yuan, by method (a C-grade repair costs far less than a rebuild). */
const SUBSIDY_YUAN: Record<HouseRenovationDoc['method'], [number, number]> = {
  REPAIR: [6_000, 12_000],
  NEW_BUILD: [15_000, 35_000],
  REPLACEMENT: [10_000, 20_000],
};

/**
 * 危房改造 for households that stay: C-grade houses are repaired, D-grade ones rebuilt or
 * exchanged. A household counted as exited had its house finished by its exit year.
 */
export function renovationsFor(world: SeedWorld, rng: Rng, relocated: ReadonlySet<string>): HouseRenovationDoc[] {
  const deepPovertyVillages = new Set(world.villages.filter((v) => v.deepPoverty).map((v) => v.code));
  const renovations: HouseRenovationDoc[] = [];
  for (const household of world.households) {
    if (relocated.has(household.id)) continue;
    if (!rng.chance(deepPovertyVillages.has(household.villageCode) ? 0.15 : 0.07)) continue;
    const grade = rng.chance(0.65) ? 'C' : 'D';
    const method = grade === 'C' ? 'REPAIR' : rng.chance(0.7) ? 'NEW_BUILD' : 'REPLACEMENT';
    const [least, most] = SUBSIDY_YUAN[method];
    const start = Math.max(2016, household.identifiedYear);
    let completedYear: number | null;
    if (household.exitYear !== null) completedYear = rng.int(Math.min(start, household.exitYear), household.exitYear);
    else completedYear = rng.chance(0.25) ? null : rng.int(Math.min(start, 2020), 2020);
    renovations.push({
      id: renovationId(household.id),
      householdId: household.id,
      villageCode: household.villageCode,
      countyCode: household.countyCode,
      grade,
      method,
      // In whole hundreds of yuan.
      subsidy: rng.int(least / 100, most / 100) * 100 * YUAN,
      completedYear,
    });
  }
  return renovations;
}

/** A planted omission's house: surveyed grade D, the least new-build subsidy granted, never rebuilt. */
export function unrenovatedHouse(omission: SeedOmission): HouseRenovationDoc {
  return { id: renovationId(omission.id), householdId: omission.id, villageCode: omission.villageCode, countyCode: omission.countyCode, grade: 'D', method: 'NEW_BUILD', subsidy: SUBSIDY_YUAN.NEW_BUILD[0] * YUAN, completedYear: null };
}
