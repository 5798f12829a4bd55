import { describe, expect, it } from 'vitest';
import { countyOfRegisterId, isCampaignCountyCode, isVillageCode, placeOfHousehold, placeOfPerson } from '../src/index.js';

describe('register ids', () => {
  it('places a person by the household, village and county in the id', () => {
    expect(placeOfPerson('H4103261010010007-3')).toEqual({
      personId: 'H4103261010010007-3',
      householdId: 'H4103261010010007',
      villageCode: '410326101001',
      countyCode: '410326',
    });
    expect(placeOfPerson('H4103261010010007-12')?.householdId).toBe('H4103261010010007');
  });

  it('refuses person ids of another shape', () => {
    for (const id of ['H4103261010010007', 'H4103261010010007-', 'H4103261010010007-123', 'h4103261010010007-1', '4103261010010007-1', 'H410326101001007-1']) {
      expect(placeOfPerson(id), id).toBeNull();
    }
  });

  it('places a household and refuses a person id or a short one as a household', () => {
    expect(placeOfHousehold('H4113241020030042')).toEqual({ householdId: 'H4113241020030042', villageCode: '411324102003', countyCode: '411324' });
    expect(placeOfHousehold('H4113241020030042-1')).toBeNull();
    expect(placeOfHousehold('H411324102003004')).toBeNull();
  });

  it("gives the county of either kind of id, and null for anything else", () => {
    expect(countyOfRegisterId('H4103261010010007')).toBe('410326');
    expect(countyOfRegisterId('H4103261010010007-2')).toBe('410326');
    expect(countyOfRegisterId('410326')).toBeNull();
  });

  it("knows Henan's county-level codes from prefectures' and other provinces'", () => {
    expect(isCampaignCountyCode('410326')).toBe(true);
    expect(isCampaignCountyCode('419001')).toBe(true);
    expect(isCampaignCountyCode('410300')).toBe(false);
    expect(isCampaignCountyCode('411801')).toBe(false);
    expect(isCampaignCountyCode('420326')).toBe(false);
    expect(isVillageCode('410326101001')).toBe(true);
    expect(isVillageCode('410326000001')).toBe(false);
    expect(isVillageCode('410326101000')).toBe(false);
  });
});
