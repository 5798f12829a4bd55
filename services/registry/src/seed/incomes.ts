import type { Rng, SeedHousehold } from '@pas/seed-kit';
import { POVERTY_LINES, RUYANG } from '@pas/seed-kit/figures';
import { visitId } from '../domain/verification-visits.js';

/** Years the seed declares incomes for: the exit checks of 2016 to 2020. */
const FIRST_YEAR = 2016;
const LAST_YEAR = 2020;

const nationalLine = (year: number) => POVERTY_LINES.find((line) => line.year === year && line.provinceCode === null)!.yuanPerYear * 100;

/** The lines as the registry stores them, in fen. */
export function povertyLines() {
  return POVERTY_LINES.map((line) => ({ year: line.year, provinceCode: line.provinceCode, amount: line.yuanPerYear * 100, source: line.source }));
}

/**
 * 收入核算 of each year since identification: after exit the declared income alone is above
 * the line (1.05 to 1.6 times it per head), before it well below (0.35 to 0.85 times); 低保 and
 * 五保 households live largely on transfers. Wages come on top, from employment's records.
 */
export function declaredIncomes(household: SeedHousehold, rng: Rng) {
  const incomes = [];
  const transferShare = household.attribute === 'GENERAL' ? 0.1 : 0.4;
  for (let year = Math.max(FIRST_YEAR, household.identifiedYear); year <= LAST_YEAR; year++) {
    const exited = household.exitYear !== null && year >= household.exitYear;
    const perHead = nationalLine(year) * (exited ? 1.05 + rng.next() * 0.55 : 0.35 + rng.next() * 0.5);
    const total = Math.round((perHead * household.members.length) / 100) * 100;
    const transfers = Math.round((total * transferShare) / 100) * 100;
    const other = Math.round((total * 0.05) / 100) * 100;
    incomes.push({ year, agriculture: total - transfers - other, transfers, other, recordedOn: new Date(Date.UTC(year, 10, 20)), recordedBy: 'seed' });
  }
  return incomes;
}

/**
 * The verification visit of each exited household in its exit year: enough to eat and to wear,
 * and satisfied at 汝阳's documented 群众认可度 (98.56%, 001), the one figure the documents give.
 */
export function verificationVisits(households: SeedHousehold[], rng: Rng) {
  const satisfaction = RUYANG.satisfactionPercent! / 100;
  return households
    .filter((household) => household.exitYear !== null)
    .map((household) => {
      const visitedOn = new Date(Date.UTC(household.exitYear!, 10, rng.int(1, 25)));
      return {
        id: visitId(household.id, visitedOn),
        householdId: household.id,
        countyCode: household.countyCode,
        year: household.exitYear!,
        visitedOn,
        food: true,
        clothing: true,
        satisfied: rng.chance(satisfaction),
        note: null,
        visitor: 'seed',
      };
    });
}
