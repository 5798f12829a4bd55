import type { PersonalData } from './policy.js';

/** 王** : the surname only. */
export function maskName(value: string): string {
  const chars = [...value];
  return chars[0] + '*'.repeat(Math.max(0, chars.length - 1));
}

/**
 * 410326************ : the region only. The 8 digits after it are the birth date and the last
 * 4 a sequence and check digit that, beside a birth year, would leave few candidates.
 */
export function maskResidentId(value: string): string {
  return `${value.slice(0, 6)}${'*'.repeat(Math.max(0, value.length - 6))}`;
}

/** 138****5678 : the first 3 and last 4 digits. */
export function maskPhone(value: string): string {
  return value.length <= 7 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

const MASKS: Partial<Record<PersonalData, (value: string) => string>> = {
  NAME: maskName,
  RESIDENT_ID: maskResidentId,
  PHONE: maskPhone,
};

/** The masked form of a value, or undefined where this kind of data has none. */
export function masked(data: PersonalData, value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  const mask = MASKS[data];
  return mask && typeof value === 'string' ? mask(value) : undefined;
}
