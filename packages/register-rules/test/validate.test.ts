import { describe, expect, it } from 'vitest';
import { isCampaignCountyCode, validateCampaignDate, validateCampaignYear, validateHousehold, validateHouseholdInVillage, validatePerson, validateVillageCode } from '../src/index.js';

const refusal = (field: string) => expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });

describe('the register’s codes', () => {
  it.each([
    ['410326', true],
    ['411330', true],
    ['419001', true],
    ['410300', false],
    ['411800', false],
    ['999999', false],
    ['110105', false],
    ['41032', false],
  ])('takes %s for a county of the campaign: %s', (code, expected) => {
    expect(isCampaignCountyCode(code)).toBe(expected);
  });

  it('accepts a village code of a campaign county, and refuses one of no county or of the wrong length', () => {
    expect(validateVillageCode(' 410326100201 ')).toBe('410326100201');
    for (const code of ['999999999999', '410326000201', '410326100000', '41032610020', 'not-a-code']) {
      expect(() => validateVillageCode(code)).toThrow(refusal('villageCode'));
    }
  });

  it('places a household by its id, and refuses ids that are not the register’s', () => {
    expect(validateHousehold('H4103261002010001')).toEqual({ householdId: 'H4103261002010001', villageCode: '410326100201', countyCode: '410326' });
    for (const id of ['NOT-A-HOUSEHOLD', 'H9999999999990001', 'H410326100201001', 'H4103261002010001-1']) {
      expect(() => validateHousehold(id)).toThrow(refusal('householdId'));
    }
    expect(() => validatePerson('H9999999999990001-1')).toThrow(refusal('personId'));
  });

  it('refuses a household of one county in a village of another, naming the village', () => {
    expect(validateHouseholdInVillage('H4103261002010001', '410326100299')).toEqual({ householdId: 'H4103261002010001', villageCode: '410326100299', countyCode: '410326' });
    expect(() => validateHouseholdInVillage('H4103241002010001', '410326100201')).toThrow(refusal('villageCode'));
  });

  it('keeps dates within the campaign and not in the future', () => {
    const today = new Date('2020-06-30T12:00:00Z');
    expect(validateCampaignDate(new Date('2019-05-20'), 'grantedOn', today)).toEqual(new Date('2019-05-20'));
    for (const day of ['2013-12-31', '2099-01-01', '1900-01-01']) expect(() => validateCampaignDate(new Date(day), 'grantedOn', today)).toThrow(refusal('grantedOn'));
  });

  it('keeps years within the campaign: up to this year, or next year where records are made ahead', () => {
    const today = new Date('2020-06-30T12:00:00Z');
    expect(validateCampaignYear(2014, 'schoolYear', today)).toBe(2014);
    expect(validateCampaignYear(2020, 'schoolYear', today)).toBe(2020);
    expect(validateCampaignYear(2021, 'year', today, 'next year')).toBe(2021);
    expect(() => validateCampaignYear(2013, 'schoolYear', today)).toThrow(expect.objectContaining({ message: 'schoolYear must be between 2014 and this year' }));
    expect(() => validateCampaignYear(2021, 'schoolYear', today)).toThrow(refusal('schoolYear'));
    expect(() => validateCampaignYear(2022, 'year', today, 'next year')).toThrow(expect.objectContaining({ message: 'year must be between 2014 and next year' }));
    expect(() => validateCampaignYear(2019.5, 'year', today)).toThrow(refusal('year'));
  });
});
