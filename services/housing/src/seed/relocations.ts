import { apportion, type Rng, type SeedCounty, type SeedHousehold, type SeedWorld } from '@pas/seed-kit';
import { LUOYANG_TOTALS, NANYANG } from '@pas/seed-kit/figures';
import type { RelocationDoc, ResettlementSiteDoc } from '../models/index.js';

interface Mover {
  household: SeedHousehold;
  year: number;
}

// 003: 对生态条件恶劣、生态环境脆弱、自然灾害频发的地方应该搬迁的贫困群众
const HARSH_PLACE_CAUSES = new Set(['DISASTER', 'LACK_OF_WATER', 'POOR_TRANSPORT', 'LACK_OF_LAND']);
const SITE_NAMES = ['幸福社区', '安居小区', '移民新村', '阳光家园', '和谐社区', '新区安置点'];
const HOUSEHOLDS_PER_SITE = 150;
const isNanyang = (countyCode: string) => countyCode.startsWith(NANYANG.code.slice(0, 4));
const isLuoyang = (countyCode: string) => countyCode.startsWith(LUOYANG_TOTALS.code.slice(0, 4));

function laterYear(rng: Rng, household: SeedHousehold, from: number): number {
  const year = Math.max(household.identifiedYear, rng.pick([from, from, 2017, 2017, 2018, 2018, 2019]));
  // A household counted as exited had moved by its exit year.
  return Math.min(year, household.exitYear ?? 2020);
}

function movedIn(rng: Rng, household: SeedHousehold, year: number): boolean {
  if (household.exitYear !== null || year <= 2018) return true;
  return rng.chance(year === 2019 ? 0.85 : 0.4);
}

function siteName(place: string, n: number): string {
  const round = Math.floor(n / SITE_NAMES.length);
  return `${place}${SITE_NAMES[n % SITE_NAMES.length]}${round === 0 ? '' : `${round + 1}期`}`;
}

/**
 * Who moves, and when. In 2016 Luoyang relocated 2.06万 poor people (004): at the world's scale,
 * its counties' 2016 movers add up to that, drawn with harsh places first. Other relocations
 * follow the harshness of the place, more in deep-poverty villages.
 */
function movingByCounty(world: SeedWorld, rng: Rng): Map<string, Mover[]> {
  const deepPovertyVillages = new Set(world.villages.filter((v) => v.deepPoverty).map((v) => v.code));
  const weight = (h: SeedHousehold) =>
    (HARSH_PLACE_CAUSES.has(h.primaryCause) ? 5 : 1) * (deepPovertyVillages.has(h.villageCode) ? 2 : 1);
  const moving = new Map<string, Mover[]>();
  const move = (household: SeedHousehold, year: number) => {
    const movers = moving.get(household.countyCode) ?? [];
    movers.push({ household, year });
    moving.set(household.countyCode, movers);
  };

  // Weighted sampling without replacement: the largest rng^(1/weight) keys win.
  const in2016 = world.households
    .filter((h) => isLuoyang(h.countyCode) && h.identifiedYear <= 2016 && (h.exitYear ?? 2020) >= 2016)
    .map((household) => ({ household, key: rng.next() ** (1 / weight(household)) }))
    .sort((a, b) => b.key - a.key);
  const target = Math.round(LUOYANG_TOTALS.year2016.relocatedPeople * world.scale);
  const moved = new Set<string>();
  let people = 0;
  for (const { household } of in2016) {
    if (people >= target) break;
    move(household, 2016);
    moved.add(household.id);
    people += Math.max(1, household.members.length);
  }

  for (const household of world.households) {
    const from = isLuoyang(household.countyCode) ? 2017 : 2016;
    if (moved.has(household.id) || (household.exitYear ?? 2020) < from || !rng.chance(0.01 * weight(household))) continue;
    move(household, laterYear(rng, household, from));
  }
  return moving;
}

/** How many sites each county builds: Nanyang's counties share its 65 planned sites (003), scaled. */
function siteCounts(counties: SeedCounty[], moving: Map<string, Mover[]>, scale: number): Map<string, number> {
  const nanyang = counties.filter((c) => isNanyang(c.code));
  const nanyangTotal = Math.max(nanyang.length, Math.round(NANYANG.resettlementSites * scale));
  const nanyangShares = apportion(nanyangTotal, nanyang.map((c) => moving.get(c.code)!.length));
  return new Map(
    counties.map((c) => {
      const share = isNanyang(c.code) ? nanyangShares[nanyang.indexOf(c)]! : Math.ceil(moving.get(c.code)!.length / HOUSEHOLDS_PER_SITE);
      return [c.code, Math.max(1, share)];
    }),
  );
}

/** 易地扶贫搬迁: households move to sites in their own county. */
export function relocationsFor(world: SeedWorld, rng: Rng): { resettlementSites: ResettlementSiteDoc[]; relocations: RelocationDoc[] } {
  const moving = movingByCounty(world, rng);
  const counties = world.counties.filter((c) => moving.has(c.code));
  const counts = siteCounts(counties, moving, world.scale);
  const resettlementSites: ResettlementSiteDoc[] = [];
  const relocations: RelocationDoc[] = [];

  for (const county of counties) {
    const movers = moving.get(county.code)!;
    const townships = world.townships.filter((t) => t.countyCode === county.code);
    // Many sites were built in the county seat (城关镇).
    const seat = townships.find((t) => t.name === '城关镇') ?? townships[0];
    const groups: Mover[][] = Array.from({ length: counts.get(county.code)! }, () => []);
    for (const mover of movers) groups[rng.int(0, groups.length - 1)]!.push(mover);

    groups.forEach((group, n) => {
      const township = (rng.chance(0.5) ? seat : rng.pick(townships)) ?? seat;
      const id = `RS-${county.code}-${String(n + 1).padStart(3, '0')}`;
      resettlementSites.push({
        id,
        name: siteName((township?.name ?? county.name).replace(/[镇乡县]$/, ''), n),
        countyCode: county.code,
        townshipCode: township?.code ?? movers[0]!.household.townshipCode,
        capacityHouseholds: group.length === 0 ? rng.int(30, 300) : group.length + rng.int(0, Math.ceil(group.length * 0.2)),
        startedYear: group.length === 0 ? 2017 : Math.min(...group.map((g) => g.year)),
      });
      for (const { household, year } of group) {
        relocations.push({
          id: `RL-${household.id}`,
          householdId: household.id,
          fromVillageCode: household.villageCode,
          countyCode: county.code,
          siteId: id,
          year,
          people: Math.max(1, household.members.length),
          dwelling: rng.chance(0.8) ? 'ORDINARY' : rng.chance(0.6) ? 'SUBSIDISED' : 'TRANSITIONAL',
          movedIn: movedIn(rng, household, year),
        });
      }
    });
  }
  return { resettlementSites, relocations };
}
