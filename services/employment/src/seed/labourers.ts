import { ageOn, type Rng, type SeedHousehold, type SeedPerson, type SeedWorld } from '@pas/seed-kit';

/** The seed's records run to the end of 2019, the last full year before the county exits. */
export const RECORDS_UNTIL = new Date('2019-12-31T00:00:00Z');

export interface Labourer {
  person: SeedPerson;
  household: SeedHousehold;
  age: number;
}

/** Poor labourers (贫困劳动力) of each county: aged 16 to 60 with full or weak labour capacity. */
export function labourersByCounty(world: SeedWorld): Map<string, Labourer[]> {
  const byCounty = new Map<string, Labourer[]>(world.counties.map((county) => [county.code, []]));
  for (const household of world.households) {
    const labourers = byCounty.get(household.countyCode);
    if (!labourers) continue;
    for (const person of household.members) {
      const age = ageOn(person.birthDate, RECORDS_UNTIL);
      if (age >= 16 && age <= 60 && (person.labourCapacity === 'FULL' || person.labourCapacity === 'WEAK')) {
        labourers.push({ person, household, age });
      }
    }
  }
  return byCounty;
}

/** Fisher-Yates in place, deterministic for the rng. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** `size` distinct items (at most all of them), deterministic for the rng. */
export function sample<T>(items: readonly T[], size: number, rng: Rng): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(size, items.length)) chosen.add(rng.int(0, items.length - 1));
  return [...chosen].map((i) => items[i]!);
}

/** A day of `year` between the given months (0-based). */
export function dayIn(year: number, rng: Rng, fromMonth = 0, toMonth = 11): Date {
  return new Date(Date.UTC(year, rng.int(fromMonth, toMonth), rng.int(1, 28)));
}
