import { residentIdCheckChar } from '@pas/subgraph-kit';
import type { SeedHousehold, SeedPerson, SeedWorld } from '@pas/seed-kit';

const AS_OF = Date.UTC(2020, 5, 30);
const COUNTIES: Record<string, string> = { '410326': '汝阳县', '410325': '嵩县' };

function person(householdId: string, n: number, spec: Pick<SeedPerson, 'relation' | 'gender' | 'labourCapacity' | 'healthStatus'> & { age: number }): SeedPerson {
  const birthDate = new Date(AS_OF - (spec.age * 365 + 30) * 86_400_000);
  const first17 = `${householdId.slice(1, 7)}${birthDate.toISOString().slice(0, 10).replaceAll('-', '')}${String(n * 2 + (spec.gender === 'MALE' ? 1 : 0)).padStart(3, '0')}`;
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
function members(householdId: string, h: number): SeedPerson[] {
  const childAge = 3 + (h % 20);
  return [
    person(householdId, 1, { relation: 'HEAD', gender: 'MALE', age: 40 + (h % 15), labourCapacity: h % 7 === 0 ? 'NONE' : 'FULL', healthStatus: h % 7 === 0 ? 'DISABLED' : h % 5 === 0 ? 'CHRONIC_ILLNESS' : 'HEALTHY' }),
    person(householdId, 2, { relation: 'SPOUSE', gender: 'FEMALE', age: 38 + (h % 12), labourCapacity: h % 3 === 0 ? 'WEAK' : 'FULL', healthStatus: h % 11 === 0 ? 'SERIOUS_ILLNESS' : 'HEALTHY' }),
    person(householdId, 3, { relation: 'CHILD', gender: h % 2 ? 'MALE' : 'FEMALE', age: childAge, labourCapacity: childAge < 16 ? 'NOT_APPLICABLE' : 'FULL', healthStatus: 'HEALTHY' }),
    person(householdId, 4, { relation: 'PARENT', gender: 'FEMALE', age: 72, labourCapacity: 'NOT_APPLICABLE', healthStatus: h % 2 ? 'CHRONIC_ILLNESS' : 'HEALTHY' }),
  ];
}

/** A small hand-made world: per county one township of `villages` villages (the first a poverty village) of `households` each. */
export function buildWorld(options: { counties: string[]; villages: number; households: number; scale: number }): SeedWorld {
  const world: SeedWorld = { scale: options.scale, counties: [], townships: [], villages: [], households: [] };
  for (const code of options.counties) {
    world.counties.push({ code, name: COUNTIES[code]!, city: '洛阳市', nationalPovertyCounty: true, provincialPovertyCounty: false, deepPoverty: code === '410325', contiguousArea: null, ruralPopulation: 400_000, exitYear: 2020 });
    const townshipCode = `${code}100`;
    world.townships.push({ code: townshipCode, name: '城关镇', countyCode: code });
    for (let v = 0; v < options.villages; v++) {
      const villageCode = `${townshipCode}${201 + v}`;
      world.villages.push({ code: villageCode, name: `村${v}`, townshipCode, countyCode: code, povertyVillage: v === 0, deepPoverty: false, ruralPopulation: 1500, exitYear: v === 0 ? 2018 : null });
      for (let h = 1; h <= options.households; h++) {
        const id = `H${villageCode}${String(h).padStart(4, '0')}`;
        const household: SeedHousehold = {
          id,
          villageCode,
          townshipCode,
          countyCode: code,
          headName: `王${h}`,
          attribute: 'GENERAL',
          primaryCause: h % 2 ? 'ILLNESS' : 'LACK_OF_SKILLS',
          causes: [h % 2 ? 'ILLNESS' : 'LACK_OF_SKILLS'],
          identifiedYear: 2014 + (h % 3),
          exitYear: h % 3 === 0 ? null : 2018,
          members: members(id, h),
        };
        world.households.push(household);
      }
    }
  }
  return world;
}
