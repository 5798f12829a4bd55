import { badUserInput, type PersonPlace, placeOfPerson } from '@pas/subgraph-kit';

export function validatePerson(personId: string): PersonPlace {
  const place = placeOfPerson(personId.trim());
  if (!place) throw badUserInput('personId must be a person id of the register, e.g. H4103261002010001-1', { field: 'personId' });
  return place;
}

export function validateText(value: string, field: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) throw badUserInput(`${field} must be 1 to ${maxLength} characters`, { field });
  return trimmed;
}
