import { apportion } from '@pas/seed-kit';
import { LUOYANG_COUNTIES, LUOYANG_TOTALS, RUYANG, type CountyFigures } from '@pas/seed-kit/figures';

/** Full-scale figures for one county: the documents' where they give them, derived otherwise. */
export interface CountyPlan {
  figures: CountyFigures;
  households: number;
  people: number;
  povertyVillages: number;
  exitedVillages: number;
  remainingHouseholds: number;
  remainingPeople: number;
  townships: number;
  /** Share of households poor through illness or disability (因病因残). */
  illnessOrDisabilityShare: number;
  incidenceRate: number;
}

const AVERAGE_HOUSEHOLD_SIZE = RUYANG.registeredPeople! / RUYANG.registeredHouseholds!;

// Relative size of the counties the documents give no register counts for. 嵩县 (deep
// poverty) is the largest; the others share the rest of the city's 31.67万 people and 669 villages.
const UNDOCUMENTED_WEIGHT: Record<string, number> = { 栾川县: 1.0, 嵩县: 1.3, 洛宁县: 0.95, 宜阳县: 0.95, 伊川县: 0.8 };

export function countyPlans(): CountyPlan[] {
  const cityPeople = LUOYANG_TOTALS.commitment.registeredPeople;
  const cityVillages = LUOYANG_TOTALS.commitment.povertyVillages;
  const undocumented = LUOYANG_COUNTIES.filter((c) => c.registeredPeople === null);
  const weightSum = undocumented.reduce((sum, c) => sum + UNDOCUMENTED_WEIGHT[c.name]!, 0);
  const restPeople = cityPeople - RUYANG.registeredPeople!;
  const restVillages = cityVillages - RUYANG.povertyVillages!;
  const restPeopleShares = apportion(restPeople, undocumented.map((c) => UNDOCUMENTED_WEIGHT[c.name]! / weightSum));
  const restVillageShares = apportion(restVillages, undocumented.map((c) => UNDOCUMENTED_WEIGHT[c.name]! / weightSum));

  return LUOYANG_COUNTIES.map((figures) => {
    const i = undocumented.indexOf(figures);
    const people = figures.registeredPeople ?? restPeopleShares[i]!;
    const households = figures.registeredHouseholds ?? Math.round(people / AVERAGE_HOUSEHOLD_SIZE);
    const povertyVillages = figures.povertyVillages ?? restVillageShares[i]!;
    return {
      figures,
      households,
      people,
      povertyVillages,
      exitedVillages: figures.exitedVillages ?? Math.round(povertyVillages * 0.95),
      remainingHouseholds: figures.remainingHouseholds ?? Math.round(households * 0.16),
      remainingPeople: figures.remainingPeople ?? Math.round(people * 0.15),
      townships: (figures.towns ?? 0) + (figures.xiang ?? 0) || 14,
      illnessOrDisabilityShare: (figures.illnessOrDisabilitySharePercent ?? LUOYANG_TOTALS.illnessOrDisabilitySharePercent) / 100,
      incidenceRate: (figures.incidenceRatePercent ?? 1.5) / 100,
    };
  });
}
