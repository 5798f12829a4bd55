import { badUserInput } from './errors.js';
import { placeOfPerson, type PersonPlace } from './register-ids.js';

/** Checks of mutation input every domain shares; each failure is BAD_USER_INPUT naming the field. */

const CAMPAIGN_START = new Date('2014-01-01T00:00:00Z');

export function validatePerson(personId: string): PersonPlace {
  const place = placeOfPerson(personId.trim());
  if (!place) throw badUserInput('personId must be a person id of the register, e.g. H4103261002010001-1', { field: 'personId' });
  return place;
}

/** A date of the campaign: from 2014 (建档立卡) up to today. */
export function validateCampaignDate(date: Date, field: string, today = new Date()): Date {
  if (date < CAMPAIGN_START || date > today) throw badUserInput(`${field} must be between 2014-01-01 and today`, { field });
  return date;
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
