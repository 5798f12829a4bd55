import type { Rng, SeedCounty, SeedHousehold, SeedWorld } from '@pas/seed-kit';
import { NANYANG } from '@pas/seed-kit/figures';
import type { RelocationDoc, ResettlementSiteDoc } from '../models/index.js';
import { apportion } from './apportion.js';

interface Mover {
  household: SeedHousehold;
  year: number;
}

// 003: 对生态条件恶劣、生态环境脆弱、自然灾害频发的地方应该搬迁的贫困群众
const HARSH_PLACE_CAUSES = new Set(['DISASTER', 'LACK_OF_WATER', 'POOR_TRANSPORT', 'LACK_OF_LAND']);
const SITE_NAMES = ['幸福社区', '安居小区', '移民新村', '阳光家园', '和谐社区', '新区安置点'];
const HOUSEHOLDS_PER_SITE = 150;
const isNanyang = (countyCode: string) => countyCode.startsWith(NANYANG.code.slice(0, 4));

function relocationYear(rng: Rng, household: SeedHousehold): number {
  const planned = rng.pick([2016, 2016, 2016, 2016, 2017, 2017, 2017, 2018, 2018, 2019]);
  const year = Math.max(household.identifiedYear, planned);
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

function movingByCounty(world: SeedWorld, rng: Rng): Map<string, Mover[]> {
  const deepPovertyVillages = new Set(world.villages.filter((v) => v.deepPoverty).map((v) => v.code));
  const moving = new Map<string, Mover[]>();
  for (const household of world.households) {
    let probability = HARSH_PLACE_CAUSES.has(household.primaryCause) ? 0.15 : 0.03;
    if (deepPovertyVillages.has(household.villageCode)) probability *= 2;
    if (!rng.chance(probability)) continue;
    const movers = moving.get(household.countyCode) ?? [];
    movers.push({ household, year: relocationYear(rng, household) });
    moving.set(household.countyCode, movers);
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

/** 易地扶贫搬迁: households of harsh places move to sites in their own county. */
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
