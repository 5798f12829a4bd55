import { residentIdCheckChar } from '@pas/register-rules';
import { County, Household, Township, Village, type HouseholdDoc } from '../src/models/index.js';

export function residentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export async function insertRegion(): Promise<void> {
  await County.create({ code: '410326', name: '汝阳县', city: '洛阳市', nationalPovertyCounty: true, ruralPopulation: 4_200_00 });
  await County.create({ code: '410325', name: '嵩县', city: '洛阳市', nationalPovertyCounty: true, deepPoverty: true, ruralPopulation: 520_000 });
  await Township.create({ code: '410326100', name: '城关镇', countyCode: '410326' });
  await Township.create({ code: '410325100', name: '城关镇', countyCode: '410325' });
  await Village.create({ code: '410326100201', name: '东街村', townshipCode: '410326100', countyCode: '410326', povertyVillage: true, ruralPopulation: 1800 });
  await Village.create({ code: '410325100201', name: '南关村', townshipCode: '410325100', countyCode: '410325', povertyVillage: true, ruralPopulation: 2100 });
}

export function householdDoc(n: number, villageCode = '410326100201'): HouseholdDoc {
  const countyCode = villageCode.slice(0, 6);
  const id = `H${villageCode}${String(n).padStart(4, '0')}`;
  return {
    _id: id,
    id,
    villageCode,
    townshipCode: villageCode.slice(0, 9),
    countyCode,
    headName: `王${n}`,
    attribute: 'GENERAL',
    primaryCause: n % 2 ? 'ILLNESS' : 'LACK_OF_SKILLS',
    causes: n % 2 ? ['ILLNESS', 'LACK_OF_FUNDS'] : ['LACK_OF_SKILLS'],
    identifiedYear: 2016,
    status: 'BEING_HELPED',
    statusHistory: [
      { status: 'IDENTIFIED', date: new Date('2016-03-01'), reason: '建档立卡', actor: 'seed' },
      { status: 'BEING_HELPED', date: new Date('2016-04-01'), reason: '结对帮扶', actor: 'seed' },
    ],
    members: [
      {
        id: `${id}-1`,
        name: `王${n}`,
        gender: 'MALE',
        birthDate: new Date('1970-05-01'),
        residentId: residentId(countyCode, '19700501', n % 1000),
        phone: '13800001234',
        relation: 'HEAD',
        labourCapacity: 'FULL',
        healthStatus: 'HEALTHY',
      },
    ],
    memberCount: 1,
    helper: null,
    version: 1,
  };
}

export async function insertHouseholds(from: number, to: number, villageCode?: string): Promise<void> {
  const docs = [];
  for (let n = from; n <= to; n++) docs.push(householdDoc(n, villageCode));
  await Household.insertMany(docs);
}
