import { apportion } from '@pas/seed-kit';
import { LUOYANG_COUNTIES, LUOYANG_TOTALS, NANYANG, NANYANG_COUNTIES, RUYANG, type CountyFigures } from '@pas/seed-kit/figures';

/** The years poverty villages exited in, 2016-2019: `villageExits[i]` is for `EXIT_YEARS[i]`. */
export const EXIT_YEARS = [2016, 2017, 2018, 2019] as const;

/** Full-scale figures for one county: the documents' where they give them, derived otherwise. */
export interface CountyPlan {
  figures: CountyFigures;
  households: number;
  people: number;
  povertyVillages: number;
  exitedVillages: number;
  /** Poverty villages exiting in each of EXIT_YEARS; they add up to `exitedVillages`. */
  villageExits: number[];
  remainingHouseholds: number;
  remainingPeople: number;
  townships: number;
  /** Share of households poor through illness or disability (因病因残). */
  illnessOrDisabilityShare: number;
  incidenceRate: number;
}

/** What the documents give for a city, and how its counties without figures share the rest. */
interface CityFigures {
  counties: readonly CountyFigures[];
  people: number;
  povertyVillages: number;
  /** Village exits the documents give for a year; the counties share them by their villages. */
  documentedExits: Partial<Record<(typeof EXIT_YEARS)[number], number>>;
  /** Relative size of a county the documents give no register for. */
  weight: (county: CountyFigures) => number;
  illnessOrDisabilitySharePercent: number;
}

const AVERAGE_HOUSEHOLD_SIZE = RUYANG.registeredPeople! / RUYANG.registeredHouseholds!;

// 嵩县 (deep poverty) is the largest; the others share the rest of the city's 31.67万 people and 669 villages.
const LUOYANG_WEIGHTS: Record<string, number> = { 栾川县: 1.0, 嵩县: 1.3, 洛宁县: 0.95, 宜阳县: 0.95, 伊川县: 0.8 };

const LUOYANG: CityFigures = {
  counties: LUOYANG_COUNTIES,
  people: LUOYANG_TOTALS.commitment.registeredPeople,
  povertyVillages: LUOYANG_TOTALS.commitment.povertyVillages,
  documentedExits: { 2016: LUOYANG_TOTALS.year2016.exitedVillages },
  weight: (county) => LUOYANG_WEIGHTS[county.name]!,
  illnessOrDisabilitySharePercent: LUOYANG_TOTALS.illnessOrDisabilitySharePercent,
};

// The documents give Nanyang no register, so its size follows from what they do give (003).
// Its 217 village exits of 2016 are taken to be the same share of its poverty villages as
// Luoyang's 214 of 669 that year (004): both ran the province's first-year exit plan.
const NANYANG_POVERTY_VILLAGES = Math.round(
  (NANYANG.exitedVillages2016 * LUOYANG_TOTALS.commitment.povertyVillages) / LUOYANG_TOTALS.year2016.exitedVillages,
);
// Its 2017 water programme reached 6.59万 poor people in 186 poverty villages: the poor per village.
const NANYANG_PEOPLE = Math.round((NANYANG_POVERTY_VILLAGES * NANYANG.drinkingWater2017.poorPeople) / NANYANG.drinkingWater2017.villages);

const NANYANG_CITY: CityFigures = {
  counties: NANYANG_COUNTIES,
  people: NANYANG_PEOPLE,
  povertyVillages: NANYANG_POVERTY_VILLAGES,
  documentedExits: { 2016: NANYANG.exitedVillages2016, 2017: NANYANG.plannedExitVillages2017 },
  // National poverty counties were the poorer; 方城 was a provincial one, sized like 伊川.
  weight: (county) => (county.nationalPovertyCounty ? 1 : 0.8),
  // Only Luoyang's share is in the documents (000); Nanyang's counties take it.
  illnessOrDisabilitySharePercent: LUOYANG_TOTALS.illnessOrDisabilitySharePercent,
};

export function countyPlans(): CountyPlan[] {
  return [...cityPlans(LUOYANG), ...cityPlans(NANYANG_CITY)];
}

function cityPlans(city: CityFigures): CountyPlan[] {
  const documented = city.counties.filter((c) => c.registeredPeople !== null);
  const undocumented = city.counties.filter((c) => c.registeredPeople === null);
  const weights = undocumented.map(city.weight);
  const restPeople = apportion(city.people - sum(documented.map((c) => c.registeredPeople!)), weights);
  const restVillages = apportion(city.povertyVillages - sum(documented.map((c) => c.povertyVillages!)), weights);

  const base = city.counties.map((figures) => {
    const i = undocumented.indexOf(figures);
    const people = figures.registeredPeople ?? restPeople[i]!;
    const households = figures.registeredHouseholds ?? Math.round(people / AVERAGE_HOUSEHOLD_SIZE);
    const povertyVillages = figures.povertyVillages ?? restVillages[i]!;
    return {
      figures,
      households,
      people,
      povertyVillages,
      exitedVillages: figures.exitedVillages ?? Math.round(povertyVillages * 0.95),
      remainingHouseholds: figures.remainingHouseholds ?? Math.round(households * 0.16),
      remainingPeople: figures.remainingPeople ?? Math.round(people * 0.15),
      townships: (figures.towns ?? 0) + (figures.xiang ?? 0) || 14,
      illnessOrDisabilityShare: (figures.illnessOrDisabilitySharePercent ?? city.illnessOrDisabilitySharePercent) / 100,
      incidenceRate: (figures.incidenceRatePercent ?? 1.5) / 100,
    };
  });

  const exitsByYear = EXIT_YEARS.map((year) => {
    const total = city.documentedExits[year];
    return total === undefined ? null : apportion(total, base.map((p) => p.povertyVillages));
  });
  return base.map((plan, c) => ({ ...plan, villageExits: villageExits(plan.exitedVillages, exitsByYear.map((year) => year?.[c] ?? null)) }));
}

/** Documented years keep their counts; the county's other exits are spread over the other years. */
function villageExits(exited: number, documented: (number | null)[]): number[] {
  const rest = Math.max(0, exited - sum(documented.map((n) => n ?? 0)));
  const spread = apportion(rest, documented.map((n) => (n === null ? 1 : 0)));
  return documented.map((n, i) => n ?? spread[i]!);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
