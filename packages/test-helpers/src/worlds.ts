import { residentIdCheckChar } from '@pas/register-rules';
import type { SeedCounty, SeedHousehold, SeedPerson, SeedTownship, SeedVillage, SeedWorld } from '@pas/seed-kit';

/** Small hand-made worlds for the subgraphs' seed tests, where every id is known in advance. */
const COUNTIES: Record<string, { name: string; city: string }> = {
  '410326': { name: '汝阳县', city: '洛阳市' },
  '410325': { name: '嵩县', city: '洛阳市' },
  '410327': { name: '宜阳县', city: '洛阳市' },
  '410328': { name: '洛宁县', city: '洛阳市' },
  '411322': { name: '方城县', city: '南阳市' },
};
const CAUSES = ['ILLNESS', 'DISABILITY', 'LACK_OF_SKILLS', 'LACK_OF_WATER', 'POOR_TRANSPORT', 'DISASTER', 'LACK_OF_FUNDS'];

function member(householdId: string, n: number, countyCode: string): SeedPerson {
  return {
    id: `${householdId}-${n + 1}`,
    householdId,
    name: `王${n}`,
    gender: n % 2 ? 'FEMALE' : 'MALE',
    birthDate: new Date(Date.UTC(1960 + n * 9, 4, 1)),
    residentId: `${countyCode}19600501${String(n).padStart(3, '0')}X`,
    phone: null,
    relation: n === 0 ? 'HEAD' : 'CHILD',
    labourCapacity: 'FULL',
    healthStatus: 'HEALTHY',
  };
}

function householdId(villageCode: string, n: number): string {
  return `H${villageCode}${String(n).padStart(4, '0')}`;
}

/** The `n`th household of a village, identified between 2014 and 2016, of one cause. */
function household(village: SeedVillage, n: number, fields: { cause: string; exitYear: number | null; members: SeedPerson[] }): SeedHousehold {
  return {
    id: fields.members[0]!.householdId,
    villageCode: village.code,
    townshipCode: village.townshipCode,
    countyCode: village.countyCode,
    headName: `王${n}`,
    attribute: 'GENERAL',
    primaryCause: fields.cause,
    causes: [fields.cause],
    identifiedYear: 2014 + (n % 3),
    exitYear: fields.exitYear,
    members: fields.members,
  };
}

/**
 * A small hand-made world: two townships per county, `villages` villages per township (the
 * first a deep-poverty village, the second an exited poverty village), `households` per village.
 */
export function buildRegionWorld(options: { counties: string[]; villages: number; households: number; scale: number }): SeedWorld {
  const counties: SeedCounty[] = [];
  const townships: SeedTownship[] = [];
  const villages: SeedVillage[] = [];
  const households: SeedHousehold[] = [];
  for (const code of options.counties) {
    const { name, city } = COUNTIES[code]!;
    counties.push({ code, name, city, nationalPovertyCounty: true, provincialPovertyCounty: false, deepPoverty: false, contiguousArea: null, ruralPopulation: 400_000, exitYear: 2020 });
    for (let t = 0; t < 2; t++) {
      const townshipCode = `${code}${100 + t}`;
      townships.push({ code: townshipCode, name: t === 0 ? '城关镇' : '柏树乡', countyCode: code });
      for (let v = 0; v < options.villages; v++) {
        const villageCode = `${townshipCode}${200 + v}`;
        const exitYear = v === 1 ? 2018 : null;
        villages.push({ code: villageCode, name: `村${v}`, townshipCode, countyCode: code, povertyVillage: v < 2, deepPoverty: v === 0, ruralPopulation: 1500, exitYear });
        for (let h = 0; h < options.households; h++) {
          const id = householdId(villageCode, h + 1);
          const cause = CAUSES[h % CAUSES.length]!;
          const members = Array.from({ length: 1 + (h % 4) }, (_, n) => member(id, n, code));
          households.push(household(villages.at(-1)!, h, { cause, exitYear: h % 3 === 0 ? null : 2017 + (h % 3), members }));
        }
      }
    }
  }
  return { scale: options.scale, counties, townships, villages, households };
}


const AS_OF = Date.UTC(2020, 5, 30);
const FAMILY_COUNTIES: Record<string, string> = { '410326': '汝阳县', '410325': '嵩县' };

/** Sequence numbers of a world's resident IDs, per region and birth date: every ID unique, its last digit odd for a man. */
type Issued = Map<string, number>;

function familyMember(issued: Issued, householdId: string, n: number, spec: Pick<SeedPerson, 'relation' | 'gender' | 'labourCapacity' | 'healthStatus'> & { age: number }): SeedPerson {
  const birthDate = new Date(AS_OF - (spec.age * 365 + 30) * 86_400_000);
  const first14 = `${householdId.slice(1, 7)}${birthDate.toISOString().slice(0, 10).replaceAll('-', '')}`;
  const count = issued.get(first14) ?? 0;
  issued.set(first14, count + 1);
  const first17 = `${first14}${String(count * 2 + (spec.gender === 'MALE' ? 1 : 0)).padStart(3, '0')}`;
  return {
    id: `${householdId}-${n}`,
    householdId,
    name: `王${n}`,
    gender: spec.gender,
    birthDate,
    residentId: first17 + residentIdCheckChar(first17),
    phone: null,
    relation: spec.relation,
    labourCapacity: spec.labourCapacity,
    healthStatus: spec.healthStatus,
  };
}

/** Four members: a working head, a spouse, a child aged 3 to 22 and an elderly parent. */
function familyMembers(issued: Issued, householdId: string, h: number): SeedPerson[] {
  const childAge = 3 + (h % 20);
  return [
    familyMember(issued, householdId, 1, { relation: 'HEAD', gender: 'MALE', age: 40 + (h % 15), labourCapacity: h % 7 === 0 ? 'NONE' : 'FULL', healthStatus: h % 7 === 0 ? 'DISABLED' : h % 5 === 0 ? 'CHRONIC_ILLNESS' : 'HEALTHY' }),
    familyMember(issued, householdId, 2, { relation: 'SPOUSE', gender: 'FEMALE', age: 38 + (h % 12), labourCapacity: h % 3 === 0 ? 'WEAK' : 'FULL', healthStatus: h % 11 === 0 ? 'SERIOUS_ILLNESS' : 'HEALTHY' }),
    familyMember(issued, householdId, 3, { relation: 'CHILD', gender: h % 2 ? 'MALE' : 'FEMALE', age: childAge, labourCapacity: childAge < 16 ? 'NOT_APPLICABLE' : 'FULL', healthStatus: 'HEALTHY' }),
    familyMember(issued, householdId, 4, { relation: 'PARENT', gender: 'FEMALE', age: 72, labourCapacity: 'NOT_APPLICABLE', healthStatus: h % 2 ? 'CHRONIC_ILLNESS' : 'HEALTHY' }),
  ];
}

/** A small hand-made world: per county one township of `villages` villages (the first a poverty village) of `households` each. */
export function buildFamilyWorld(options: { counties: string[]; villages: number; households: number; scale: number }): SeedWorld {
  const world: SeedWorld = { scale: options.scale, counties: [], townships: [], villages: [], households: [] };
  const issued: Issued = new Map();
  for (const code of options.counties) {
    world.counties.push({ code, name: FAMILY_COUNTIES[code]!, city: '洛阳市', nationalPovertyCounty: true, provincialPovertyCounty: false, deepPoverty: code === '410325', contiguousArea: null, ruralPopulation: 400_000, exitYear: 2020 });
    const townshipCode = `${code}100`;
    world.townships.push({ code: townshipCode, name: '城关镇', countyCode: code });
    for (let v = 0; v < options.villages; v++) {
      const villageCode = `${townshipCode}${201 + v}`;
      world.villages.push({ code: villageCode, name: `村${v}`, townshipCode, countyCode: code, povertyVillage: v === 0, deepPoverty: false, ruralPopulation: 1500, exitYear: v === 0 ? 2018 : null });
      for (let h = 1; h <= options.households; h++) {
        const cause = h % 2 ? 'ILLNESS' : 'LACK_OF_SKILLS';
        world.households.push(household(world.villages.at(-1)!, h, { cause, exitYear: h % 3 === 0 ? null : 2018, members: familyMembers(issued, householdId(villageCode, h), h) }));
      }
    }
  }
  return world;
}
