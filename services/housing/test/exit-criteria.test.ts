import { describe, expect, it } from 'vitest';
import { safeDrinkingWaterCriterion, safeHousingCriterion } from '../src/domain/exit-criteria.js';
import type { HouseRenovationDoc, RelocationDoc, VillageDrinkingWaterDoc } from '../src/models/index.js';

const renovation = (completedYear: number | null): HouseRenovationDoc =>
  ({ id: 'RN-H4103261002010001', householdId: 'H4103261002010001', villageCode: '410326100201', countyCode: '410326', grade: 'D', method: 'REPAIR', subsidy: 1_000_000, completedYear }) as HouseRenovationDoc;
const relocation = (year: number, movedIn: boolean): RelocationDoc =>
  ({ id: 'RL-H4103261002010001', householdId: 'H4103261002010001', fromVillageCode: '410326100201', countyCode: '410326', siteId: 'S1', year, people: 3, dwelling: 'ORDINARY', movedIn }) as RelocationDoc;
const water = (safe: boolean, securedYear: number | null): VillageDrinkingWaterDoc =>
  ({ villageCode: '410326100201', countyCode: '410326', safe, source: 'PIPED', securedYear, investment: null }) as VillageDrinkingWaterDoc;

describe('safe housing (住房安全有保障)', () => {
  it.each([
    ['no dangerous-house record', null, null, 2019, 'MET'],
    ['a grade D house renovated in 2018', null, renovation(2018), 2019, 'MET'],
    ['a grade D house renovated only in 2020', null, renovation(2020), 2019, 'NOT_MET'],
    ['a renovation under way', null, renovation(null), 2019, 'NOT_MET'],
    ['a household moved into its resettlement home in 2018', relocation(2018, true), renovation(null), 2019, 'MET'],
    ['a relocated household not yet moved in', relocation(2019, false), null, 2019, 'NOT_MET'],
    ['a relocation planned after the year, the old house renovated', relocation(2020, true), renovation(2017), 2019, 'MET'],
  ] as const)('judges %s', (_, moved, renovated, year, verdict) => {
    const criterion = safeHousingCriterion(moved, renovated, year);
    expect(criterion).toMatchObject({ key: 'SAFE_HOUSING', verdict, source: 'housing' });
    expect(criterion.evidence.length).toBeGreaterThan(0);
  });
});

describe('safe drinking water (饮水安全有保障)', () => {
  it.each([
    ['a village never assessed', null, 'UNKNOWN'],
    ['safe water secured in 2017', water(true, 2017), 'MET'],
    ['safe water secured only in 2020', water(true, 2020), 'NOT_MET'],
    ['water assessed unsafe', water(false, null), 'NOT_MET'],
  ] as const)('judges %s', (_, record, verdict) => {
    expect(safeDrinkingWaterCriterion(record, 2019)).toMatchObject({ key: 'SAFE_DRINKING_WATER', verdict });
  });
});
