import { residentIdCheckChar } from '@pas/register-rules';
import { apportion, personName, randomSurname, Rng, scaled, townshipName, villageName, type SeedCounty, type SeedHousehold, type SeedPerson, type SeedTownship, type SeedVillage, type SeedWorld } from '@pas/seed-kit';
import { countyPlans, EXIT_YEARS, type CountyPlan } from './plan.js';

const OTHER_CAUSES = ['LACK_OF_SKILLS', 'LACK_OF_FUNDS', 'LACK_OF_LABOUR', 'EDUCATION', 'POOR_TRANSPORT', 'LACK_OF_LAND', 'LACK_OF_WATER', 'DISASTER', 'LACK_OF_MOTIVATION'];
const SEED_DATE = new Date('2020-06-30T00:00:00Z');

/** Full-scale household count: the register of Luoyang's six and Nanyang's seven poverty counties. */
export function fullScaleHouseholds(): number {
  return countyPlans().reduce((sum, plan) => sum + plan.households, 0);
}

/**
 * The registry's world at a household count: every county gets its share of households,
 * people, poverty villages and exits in proportion to the documents' figures. `counties` keeps
 * only those, each at the size it has in the whole world (汝阳 alone at full scale, say).
 */
export function generateWorld(options: { households: number; seed: number; counties?: string[] }): SeedWorld {
  const plans = countyPlans();
  const scale = options.households / fullScaleHouseholds();
  const householdsPerCounty = apportion(options.households, plans.map((p) => p.households));
  const rng = new Rng(options.seed);
  const world: SeedWorld = { scale, counties: [], townships: [], villages: [], households: [] };
  const residentIds = new Map<string, number>();
  plans.forEach((plan, i) => {
    if (!options.counties || options.counties.includes(plan.figures.code)) addCounty(world, plan, householdsPerCounty[i]!, scale, rng.fork(plan.figures.code), residentIds);
  });
  return world;
}

function addCounty(world: SeedWorld, plan: CountyPlan, households: number, scale: number, rng: Rng, residentIds: Map<string, number>): void {
  const f = plan.figures;
  const remainingPeople = scaled(plan.remainingPeople, scale);
  const county: SeedCounty = {
    code: f.code,
    name: f.name,
    city: f.city,
    nationalPovertyCounty: f.nationalPovertyCounty,
    provincialPovertyCounty: f.provincialPovertyCounty,
    deepPoverty: f.deepPoverty,
    contiguousArea: f.contiguousArea,
    // Rural population is what makes the documented incidence rate: remaining poor / rural.
    ruralPopulation: Math.max(1, Math.round(remainingPeople / plan.incidenceRate)),
    exitYear: f.exitYear,
  };
  world.counties.push(county);

  const povertyVillages = Math.min(households, scaled(plan.povertyVillages, scale, 1));
  const exitYears = villageExitYears(plan, scale, Math.min(povertyVillages, scaled(plan.exitedVillages, scale)));
  // Poor households also live in ordinary villages: one for every two poverty villages.
  const villageCount = povertyVillages + Math.min(households - povertyVillages, Math.floor(povertyVillages / 2));
  const townshipCount = Math.min(plan.townships, villageCount);
  const townships: SeedTownship[] = [];
  const townshipNames = new Set<string>();
  for (let t = 0; t < townshipCount; t++) {
    townships.push({ code: `${f.code}${100 + t}`, name: townshipName(rng, t, townshipNames), countyCode: f.code });
  }
  world.townships.push(...townships);

  const villages: SeedVillage[] = [];
  const villageNames = new Set<string>();
  const perTownship = new Map<string, number>();
  for (let v = 0; v < villageCount; v++) {
    const township = townships[v % townshipCount]!;
    const n = (perTownship.get(township.code) ?? 0) + 1;
    perTownship.set(township.code, n);
    const povertyVillage = v < povertyVillages;
    villages.push({
      code: `${township.code}${200 + n}`,
      name: villageName(rng, villageNames),
      townshipCode: township.code,
      countyCode: f.code,
      povertyVillage,
      deepPoverty: f.deepPoverty && povertyVillage && rng.chance(0.3),
      ruralPopulation: 0,
      exitYear: povertyVillage ? (exitYears[v] ?? null) : null,
    });
  }
  world.villages.push(...villages);

  // 80% of poor households live in poverty villages.
  const weights = villages.map((v) => (v.povertyVillage ? 0.8 / povertyVillages : 0.2 / Math.max(1, villageCount - povertyVillages)));
  const perVillage = apportion(households, villageCount === povertyVillages ? villages.map(() => 1) : weights);
  // Still-poor and exited households each add up to their own documented people count.
  const people = Math.max(households, scaled(plan.people, scale));
  const remainingCount = Math.min(households, scaled(plan.remainingHouseholds, scale));
  const remainingPeopleCount = Math.min(people - (households - remainingCount), Math.max(remainingCount, remainingPeople));
  const remainingSizes = householdSizes(remainingCount, remainingPeopleCount, rng);
  const exitedSizes = householdSizes(households - remainingCount, people - remainingPeopleCount, rng);
  const remaining = new Set(pickIndexes(households, remainingCount, rng));
  const illnessOrDisability = new Set(pickIndexes(households, Math.round(households * plan.illnessOrDisabilityShare), rng));

  let index = 0;
  villages.forEach((village, v) => {
    let people = 0;
    for (let h = 1; h <= perVillage[v]!; h++, index++) {
      const size = remaining.has(index) ? remainingSizes.pop()! : exitedSizes.pop()!;
      const household = makeHousehold(village, h, size, {
        exited: !remaining.has(index),
        illnessOrDisability: illnessOrDisability.has(index),
        rng,
        residentIds,
      });
      people += household.members.length;
      world.households.push(household);
    }
    // A village's poor are about a fifth of its rural population.
    village.ruralPopulation = Math.max(people * 5, 300);
  });
}

/** The exit year of each exited poverty village at the world's scale, the documented years' counts first. */
function villageExitYears(plan: CountyPlan, scale: number, exited: number): number[] {
  const years = EXIT_YEARS.flatMap((year, i) => Array<number>(scaled(plan.villageExits[i]!, scale)).fill(year));
  while (years.length < exited) years.push(EXIT_YEARS.at(-1)!);
  return years.slice(0, exited);
}

/** Household sizes (1-8) that add up to exactly `people`. */
function householdSizes(households: number, people: number, rng: Rng): number[] {
  if (households === 0) return [];
  const mean = people / households;
  const sizes = Array.from({ length: households }, () => Math.min(8, Math.max(1, Math.round(mean + (rng.next() + rng.next() - 1) * 2))));
  let diff = people - sizes.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = rng.int(0, households - 1);
    const step = diff > 0 ? 1 : -1;
    const next = sizes[i]! + step;
    if (next >= 1 && next <= 8) {
      sizes[i] = next;
      diff -= step;
    }
  }
  return sizes;
}

/** `count` distinct indexes in [0, n), deterministic for the rng. */
function pickIndexes(n: number, count: number, rng: Rng): number[] {
  const indexes = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, n - 1);
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes.slice(0, count);
}

function makeHousehold(
  village: SeedVillage,
  n: number,
  size: number,
  opts: { exited: boolean; illnessOrDisability: boolean; rng: Rng; residentIds: Map<string, number> },
): SeedHousehold {
  const { rng } = opts;
  const id = `H${village.code}${String(n).padStart(4, '0')}`;
  const primaryCause = opts.illnessOrDisability ? (rng.chance(0.65) ? 'ILLNESS' : 'DISABILITY') : rng.pick(OTHER_CAUSES);
  const causes = [primaryCause, ...(rng.chance(0.4) ? [rng.pick(OTHER_CAUSES.filter((c) => c !== primaryCause))] : [])];
  const attribute = size <= 2 && rng.chance(0.3) ? 'DESTITUTE' : rng.chance(0.25) ? 'LOW_INCOME_GUARANTEE' : 'GENERAL';
  const identifiedYear = rng.chance(0.7) ? 2014 : rng.int(2015, 2017);
  const surname = randomSurname(rng);
  const members = makeMembers(id, village.countyCode, size, surname, primaryCause, rng, opts.residentIds);
  return {
    id,
    villageCode: village.code,
    townshipCode: village.townshipCode,
    countyCode: village.countyCode,
    headName: members[0]!.name,
    attribute,
    primaryCause,
    causes,
    identifiedYear,
    exitYear: opts.exited ? rng.int(Math.max(2016, identifiedYear + 1), 2019) : null,
    members,
  };
}

function makeMembers(
  householdId: string,
  countyCode: string,
  size: number,
  surname: string,
  primaryCause: string,
  rng: Rng,
  residentIds: Map<string, number>,
): SeedPerson[] {
  const headAge = size === 1 ? rng.int(55, 85) : rng.int(32, 68);
  const headGender = rng.chance(0.85) ? 'MALE' : 'FEMALE';
  const plan: { relation: SeedPerson['relation']; age: number; gender: 'MALE' | 'FEMALE' }[] = [{ relation: 'HEAD', age: headAge, gender: headGender }];
  if (size >= 2) plan.push({ relation: 'SPOUSE', age: Math.max(20, headAge + rng.int(-5, 3)), gender: headGender === 'MALE' ? 'FEMALE' : 'MALE' });
  while (plan.length < size) {
    const parentAge = headAge + rng.int(22, 30);
    if (parentAge < 95 && rng.chance(0.25) && plan.filter((p) => p.relation === 'PARENT').length < 2) {
      plan.push({ relation: 'PARENT', age: parentAge, gender: rng.chance(0.5) ? 'MALE' : 'FEMALE' });
    } else if (headAge > 55 && rng.chance(0.5)) {
      plan.push({ relation: 'GRANDCHILD', age: rng.int(1, 17), gender: rng.chance(0.52) ? 'MALE' : 'FEMALE' });
    } else {
      plan.push({ relation: 'CHILD', age: Math.max(0, headAge - rng.int(20, 34)), gender: rng.chance(0.52) ? 'MALE' : 'FEMALE' });
    }
  }
  // The member whose illness or disability made the household poor.
  const sick = primaryCause === 'ILLNESS' || primaryCause === 'DISABILITY' ? rng.int(0, size - 1) : -1;
  return plan.map((p, i) => {
    const birthDate = new Date(Date.UTC(SEED_DATE.getUTCFullYear() - p.age - 1, rng.int(0, 11), rng.int(1, 28)));
    const healthStatus: SeedPerson['healthStatus'] =
      i === sick ? (primaryCause === 'DISABILITY' ? 'DISABLED' : rng.chance(0.3) ? 'SERIOUS_ILLNESS' : 'CHRONIC_ILLNESS') : rng.chance(0.06) ? 'CHRONIC_ILLNESS' : 'HEALTHY';
    const age = p.age + 1;
    const labourCapacity: SeedPerson['labourCapacity'] =
      age < 16 || age > 70 ? 'NOT_APPLICABLE' : healthStatus === 'HEALTHY' ? (age > 60 ? 'WEAK' : 'FULL') : healthStatus === 'CHRONIC_ILLNESS' ? 'WEAK' : 'NONE';
    const memberSurname = p.relation === 'SPOUSE' || p.relation === 'PARENT' && p.gender === 'FEMALE' ? randomSurname(rng) : surname;
    return {
      id: `${householdId}-${i + 1}`,
      householdId,
      name: i === 0 ? personName(rng, p.gender, surname) : personName(rng, p.gender, memberSurname),
      gender: p.gender,
      birthDate,
      residentId: residentId(countyCode, birthDate, p.gender, residentIds),
      phone: age >= 18 && age <= 70 ? `1${rng.pick(['3', '5', '7', '8'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}` : null,
      relation: p.relation,
      labourCapacity,
      healthStatus,
    };
  });
}

/** A valid, unique 身份证号: region, birth date, a sequence whose parity gives the gender, check digit. */
function residentId(countyCode: string, birthDate: Date, gender: 'MALE' | 'FEMALE', used: Map<string, number>): string {
  const birth = birthDate.toISOString().slice(0, 10).replaceAll('-', '');
  const key = `${countyCode}${birth}${gender}`;
  const n = (used.get(key) ?? 0) + 1;
  used.set(key, n);
  const sequence = (n - 1) * 2 + (gender === 'MALE' ? 1 : 2);
  if (sequence > 999) throw new Error(`too many persons born on ${birth} in ${countyCode}`);
  const first17 = `${countyCode}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

