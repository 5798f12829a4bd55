/**
 * The register's ids carry their place: a household id is `H`, the 12-digit village code and
 * a 4-digit number; a person id is the household id, `-` and the member number. The first 6
 * digits of a village code are its county's.
 */
const PERSON_ID = /^(H((\d{6})\d{6})\d{4})-\d{1,2}$/;

export interface PersonPlace {
  personId: string;
  householdId: string;
  villageCode: string;
  countyCode: string;
}

/** Where a person of the register lives, or null when the id is not one of the register's. */
export function placeOfPerson(personId: string): PersonPlace | null {
  const match = PERSON_ID.exec(personId);
  if (!match) return null;
  return { personId, householdId: match[1]!, villageCode: match[2]!, countyCode: match[3]! };
}

export interface HouseholdPlace {
  householdId: string;
  villageCode: string;
  countyCode: string;
}

const HOUSEHOLD_ID = /^H((\d{6})\d{6})\d{4}$/;

/** Where a household of the register lives, or null when the id is not one of the register's. */
export function placeOfHousehold(householdId: string): HouseholdPlace | null {
  const match = HOUSEHOLD_ID.exec(householdId);
  if (!match) return null;
  return { householdId, villageCode: match[1]!, countyCode: match[2]! };
}

/**
 * Whether a 6-digit code can be one of the campaign's counties: the campaign is Henan's, so a
 * county-level code of GB/T 2260 under province 41, in one of its 17 prefectures (01-17) or
 * among the cities the province runs directly (90), and not a prefecture's own code (00).
 * The registry alone knows which counties are registered; this catches codes no county has.
 */
export function isCampaignCountyCode(code: string): boolean {
  const match = /^41(\d{2})(\d{2})$/.exec(code);
  if (!match) return false;
  const prefecture = Number(match[1]);
  return ((prefecture >= 1 && prefecture <= 17) || prefecture === 90) && match[2] !== '00';
}

/** A 12-digit village code: county (6), township (3, not 000), village (3, not 000). */
export function isVillageCode(code: string): boolean {
  const match = /^(\d{6})(\d{3})(\d{3})$/.exec(code);
  return match !== null && isCampaignCountyCode(match[1]!) && match[2] !== '000' && match[3] !== '000';
}

/** County of a household or person id of the register, or null for any other string. */
export function countyOfRegisterId(id: string): string | null {
  return (placeOfPerson(id) ?? placeOfHousehold(id))?.countyCode ?? null;
}
