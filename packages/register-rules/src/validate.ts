import { badUserInput } from '@pas/platform';
import { isVillageCode, placeOfHousehold, placeOfPerson, type HouseholdPlace, type PersonPlace } from './register-ids.js';

/** Checks of mutation input every domain shares; each failure is BAD_USER_INPUT naming the field. */

/** The register (建档立卡) was built in 2014: no record of the campaign is older. */
export const FIRST_CAMPAIGN_YEAR = 2014;
const CAMPAIGN_START = new Date(Date.UTC(FIRST_CAMPAIGN_YEAR, 0, 1));

export function validatePerson(personId: string): PersonPlace {
  const place = placeOfPerson(personId.trim());
  if (!place || !isVillageCode(place.villageCode)) throw badUserInput('personId must be a person id of the register, e.g. H4103261002010001-1', { field: 'personId' });
  return place;
}

export function validateHousehold(householdId: string, field = 'householdId'): HouseholdPlace {
  const place = placeOfHousehold(householdId.trim());
  if (!place || !isVillageCode(place.villageCode)) throw badUserInput(`${field} must be a household id of the register, e.g. H4103261002010001`, { field });
  return place;
}

/** A 12-digit village code in one of the campaign's counties (see isCampaignCountyCode). */
export function validateVillageCode(code: string, field = 'villageCode'): string {
  const trimmed = code.trim();
  if (!/^\d{12}$/.test(trimmed)) throw badUserInput(`${field} must be a 12-digit village code`, { field });
  if (!isVillageCode(trimmed)) throw badUserInput(`${field} ${trimmed} is not a village of a county of the campaign`, { field });
  return trimmed;
}

/**
 * A household and the village a record names for it. The village may differ from the one in
 * the household's id (a household can move), the county may not: county scope and county
 * figures follow the household's county.
 */
export function validateHouseholdInVillage(householdId: string, villageCode: string): HouseholdPlace {
  const household = validateHousehold(householdId);
  const village = validateVillageCode(villageCode);
  const villageCounty = village.slice(0, 6);
  if (villageCounty !== household.countyCode) {
    throw badUserInput(`Household ${household.householdId} belongs to county ${household.countyCode}; village ${village} is in county ${villageCounty}`, { field: 'villageCode' });
  }
  return { householdId: household.householdId, villageCode: village, countyCode: villageCounty };
}

/** A date of the campaign: from 2014 (建档立卡) up to today. */
export function validateCampaignDate(date: Date, field: string, today = new Date()): Date {
  if (date < CAMPAIGN_START || date > today) throw badUserInput(`${field} must be between 2014-01-01 and today`, { field });
  return date;
}

/**
 * A year of the campaign: from 2014 (建档立卡) up to this year, or up to next year where a
 * record may be made ahead (insurance bought for the coming year).
 */
export function validateCampaignYear(year: number, field: string, today = new Date(), latest: 'this year' | 'next year' = 'this year'): number {
  const last = today.getUTCFullYear() + (latest === 'next year' ? 1 : 0);
  if (!Number.isInteger(year) || year < FIRST_CAMPAIGN_YEAR || year > last) throw badUserInput(`${field} must be between ${FIRST_CAMPAIGN_YEAR} and ${latest}`, { field });
  return year;
}

export function validateText(value: string, field: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) throw badUserInput(`${field} must be 1 to ${maxLength} characters`, { field });
  return trimmed;
}

/** An amount of fen within [min, max]. */
export function validateAmount(amount: number, field: string, min: number, max: number): number {
  if (amount < min || amount > max) throw badUserInput(`${field} must be between ${min} and ${max} fen`, { field });
  return amount;
}
