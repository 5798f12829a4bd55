/**
 * The register's ids carry their place: a household id is `H`, the 12-digit village code and
 * a 4-digit number; a person id is the household id, `-` and the member number. The first 6
 * digits of a village code are its county's.
 */
const PERSON_ID = /^(H((\d{6})\d{6})\d{4})-\d{1,2}$/;
const HOUSEHOLD_OR_PERSON_ID = /^H(\d{6})\d{10}(?:-\d{1,2})?$/;

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

/** County of a household or person id of the register, or null for any other string. */
export function countyOfRegisterId(id: string): string | null {
  return HOUSEHOLD_OR_PERSON_ID.exec(id)?.[1] ?? null;
}
