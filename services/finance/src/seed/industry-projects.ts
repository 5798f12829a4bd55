import { apportion, type Rng, type SeedVillage, type SeedWorld } from '@pas/seed-kit';
import { LUONING_EGG_PROJECT, RUYANG } from '@pas/seed-kit/figures';
import type { IndustryProjectDoc, ProjectIncomeDoc } from '../models/index.js';
import { WAN_YUAN, YUAN } from './money.js';

const LAST_YEAR = 2019;
const OTHER_KINDS = [
  { kind: 'EDIBLE_FUNGI', suffix: '食用菌基地' },
  { kind: 'WORKSHOP', suffix: '扶贫车间' },
  { kind: 'RURAL_TOURISM', suffix: '农家乐' },
  { kind: 'LIVESTOCK', suffix: '特色养殖场' },
  { kind: 'PROCESSING', suffix: '来料加工点' },
] as const;

const years = (from: number) => Array.from({ length: LAST_YEAR - from + 1 }, (_, i) => from + i);

function pvStation(
  rng: Rng,
  village: SeedVillage,
  station: { capacityKw: number; startedYear: number; householdsBenefited: number; income: ProjectIncomeDoc[] },
): IndustryProjectDoc {
  const { capacityKw, startedYear, householdsBenefited, income } = station;
  return {
    id: `IP-${village.code}-PV`,
    name: `${village.name}光伏电站`,
    kind: 'PHOTOVOLTAIC',
    countyCode: village.countyCode,
    villageCode: village.code,
    // About 7-8 yuan per watt installed in 2017-2018.
    investment: capacityKw * rng.int(7_000, 8_000) * YUAN,
    capacityKw,
    householdsBenefited,
    startedYear,
    income,
  };
}

/** 汝阳's village PV (001: 45.2兆瓦, 累计收益4098万元, 带动1.3万户), scaled, over its poverty villages. */
function ruyangPv(world: SeedWorld, rng: Rng): IndustryProjectDoc[] {
  const pv = RUYANG.villagePv!;
  const ruyang = world.villages.filter((v) => v.countyCode === RUYANG.code);
  const villages = ruyang.some((v) => v.povertyVillage) ? ruyang.filter((v) => v.povertyVillage) : ruyang;
  const capacities = apportion(Math.round(pv.capacityKw * world.scale), villages.map(() => 0.7 + rng.next() * 0.6));
  const built = villages
    .map((village, i) => ({ village, capacityKw: capacities[i]!, startedYear: rng.int(2017, 2018) }))
    .filter((s) => s.capacityKw > 0);
  // Income is shared by capacity and years in operation, so the stations add up to the documented total.
  const stationYears = built.flatMap((s, station) => years(s.startedYear).map((year) => ({ station, year, weight: s.capacityKw })));
  const incomes = apportion(Math.round(pv.cumulativeIncomeFen * world.scale), stationYears.map((sy) => sy.weight));
  const households = apportion(Math.round(pv.householdsBenefited * world.scale), built.map((s) => s.capacityKw));
  return built.map((s, station) => {
    const income = stationYears.flatMap((sy, i) => (sy.station === station ? [{ year: sy.year, amount: incomes[i]! }] : []));
    return pvStation(rng, s.village, { capacityKw: s.capacityKw, startedYear: s.startedYear, householdsBenefited: households[station]!, income });
  });
}

/** Elsewhere half the poverty villages have a PV station of 100-500 kW, earning 800-1,000 yuan per kW a year. */
function otherPv(village: SeedVillage, householdsInVillage: number, rng: Rng): IndustryProjectDoc {
  const capacityKw = rng.int(10, 50) * 10;
  const startedYear = rng.int(2017, 2018);
  const income = years(startedYear).map((year) => ({ year, amount: capacityKw * rng.int(800, 1_000) * YUAN }));
  return pvStation(rng, village, { capacityKw, startedYear, householdsBenefited: householdsInVillage, income });
}

function otherProject(village: SeedVillage, householdsInVillage: number, rng: Rng): IndustryProjectDoc {
  const { kind, suffix } = rng.pick(OTHER_KINDS);
  const startedYear = rng.int(2016, 2018);
  const investment = rng.int(50, 500) * WAN_YUAN;
  return {
    id: `IP-${village.code}-${kind}`,
    name: `${village.name}${suffix}`,
    kind,
    countyCode: village.countyCode,
    villageCode: village.code,
    investment,
    capacityKw: null,
    householdsBenefited: Math.ceil(householdsInVillage * 0.3),
    startedYear,
    income: years(startedYear).map((year) => ({ year, amount: Math.round((investment * rng.int(5, 15)) / 100 / WAN_YUAN) * WAN_YUAN })),
  };
}

/** 洛宁 河底镇 德青源 laying hens, an asset-income (资产收益分红) project; the document gives no figures. */
function luoningEggs(world: SeedWorld, rng: Rng): IndustryProjectDoc[] {
  const households = world.households.filter((h) => h.countyCode === LUONING_EGG_PROJECT.countyCode).length;
  if (households === 0) return [];
  return [
    {
      id: `IP-${LUONING_EGG_PROJECT.countyCode}-DQY`,
      name: `${LUONING_EGG_PROJECT.town}${LUONING_EGG_PROJECT.operator}蛋鸡扶贫项目`,
      kind: 'LIVESTOCK',
      countyCode: LUONING_EGG_PROJECT.countyCode,
      villageCode: null,
      investment: rng.int(8, 12) * 10_000 * WAN_YUAN,
      capacityKw: null,
      householdsBenefited: Math.ceil(households * 0.4),
      startedYear: 2016,
      income: years(2017).map((year) => ({ year, amount: rng.int(600, 900) * WAN_YUAN })),
    },
  ];
}

/** 产业项目 that poor households earn from, in villages of the world. */
export function industryProjectsFor(world: SeedWorld, rng: Rng): IndustryProjectDoc[] {
  const householdsPerVillage = new Map<string, number>();
  for (const h of world.households) householdsPerVillage.set(h.villageCode, (householdsPerVillage.get(h.villageCode) ?? 0) + 1);
  const projects = world.counties.some((c) => c.code === RUYANG.code) ? ruyangPv(world, rng) : [];
  for (const village of world.villages) {
    if (!village.povertyVillage) continue;
    const households = householdsPerVillage.get(village.code) ?? 0;
    if (village.countyCode !== RUYANG.code && rng.chance(0.5)) projects.push(otherPv(village, households, rng));
    if (rng.chance(0.35)) projects.push(otherProject(village, households, rng));
  }
  return [...projects, ...luoningEggs(world, rng)];
}
