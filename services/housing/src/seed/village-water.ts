import { apportion, type Rng, type SeedVillage, type SeedWorld } from '@pas/seed-kit';
import { NANYANG } from '@pas/seed-kit/figures';
import { WATER_SOURCES, type VillageDrinkingWaterDoc } from '../models/index.js';

const WAN_YUAN = 1_000_000;
const SOURCE_WEIGHTS = [0.55, 0.2, 0.2, 0.05];

function source(rng: Rng): (typeof WATER_SOURCES)[number] {
  let x = rng.next();
  for (let i = 0; i < WATER_SOURCES.length; i++) {
    x -= SOURCE_WEIGHTS[i]!;
    if (x < 0) return WATER_SOURCES[i]!;
  }
  return 'PIPED';
}

/**
 * 安全饮水 for every village. Poverty villages were made safe during the campaign (by their exit
 * year when they exited); Nanyang's 2017 programme (003: 2.85亿元, 186 poverty villages) is
 * scaled onto its poverty villages in the world.
 */
export function drinkingWaterFor(world: SeedWorld, rng: Rng): VillageDrinkingWaterDoc[] {
  const inNanyang = (v: SeedVillage) => v.countyCode.startsWith(NANYANG.code.slice(0, 4));
  // The programme served poverty villages still to exit in 2017.
  const nanyangPoor = world.villages.filter((v) => v.povertyVillage && inNanyang(v) && (v.exitYear ?? 2020) >= 2017);
  const programme = NANYANG.drinkingWater2017;
  const scaledVillages = Math.round(programme.villages * world.scale);
  const chosen = nanyangPoor.slice(0, Math.min(scaledVillages, nanyangPoor.length));
  const programmeTotal = scaledVillages === 0 ? 0 : Math.round((programme.investmentFen * world.scale * chosen.length) / scaledVillages);
  const programmeShares = apportion(programmeTotal, chosen.map(() => 0.7 + rng.next() * 0.6));
  const programmeInvestment = new Map(chosen.map((v, i) => [v.code, programmeShares[i]!]));

  return world.villages.map((village: SeedVillage): VillageDrinkingWaterDoc => {
    const doc = { villageCode: village.code, countyCode: village.countyCode, source: source(rng) };
    const fromProgramme = programmeInvestment.get(village.code);
    if (fromProgramme !== undefined) return { ...doc, safe: true, securedYear: 2017, investment: fromProgramme };
    if (!village.povertyVillage) return { ...doc, safe: true, securedYear: rng.int(2008, 2015), investment: null };
    const safe = village.exitYear !== null || rng.chance(0.85);
    if (!safe) return { ...doc, safe, securedYear: null, investment: null };
    const last = village.exitYear ?? 2020;
    let securedYear = rng.int(Math.min(2016, last), last);
    // Nanyang's water work of 2017 was the programme: its other villages were done in other years.
    if (securedYear === 2017 && inNanyang(village)) securedYear = last > 2017 ? 2018 : 2016;
    return { ...doc, safe, securedYear, investment: rng.int(30, 200) * WAN_YUAN };
  });
}
