import type { Rng, SeedWorld } from '@pas/seed-kit';
import type { HouseRenovationDoc } from '../models/index.js';
import { renovationId } from '../models/index.js';

const YUAN = 100;

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
    const subsidyYuan = method === 'REPAIR' ? rng.int(60, 120) * 100 : method === 'NEW_BUILD' ? rng.int(150, 350) * 100 : rng.int(100, 200) * 100;
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
      subsidy: subsidyYuan * YUAN,
      completedYear,
    });
  }
  return renovations;
}
