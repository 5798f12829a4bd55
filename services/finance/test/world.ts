import type { SeedCounty, SeedHousehold, SeedPerson, SeedTownship, SeedVillage, SeedWorld } from '@pas/seed-kit';

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

/**
 * A small hand-made world: two townships per county, `villages` villages per township (the
 * first a deep-poverty village, the second an exited poverty village), `households` per village.
 */
export function buildWorld(options: { counties: string[]; villages: number; households: number; scale: number }): SeedWorld {
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
          const id = `H${villageCode}${String(h + 1).padStart(4, '0')}`;
          const size = 1 + (h % 4);
          households.push({
            id,
            villageCode,
            townshipCode,
            countyCode: code,
            headName: `王${h}`,
            attribute: 'GENERAL',
            primaryCause: CAUSES[h % CAUSES.length]!,
            causes: [CAUSES[h % CAUSES.length]!],
            identifiedYear: 2014 + (h % 3),
            exitYear: h % 3 === 0 ? null : 2017 + (h % 3),
            members: Array.from({ length: size }, (_, n) => member(id, n, code)),
          });
        }
      }
    }
  }
  return { scale: options.scale, counties, townships, villages, households };
}
