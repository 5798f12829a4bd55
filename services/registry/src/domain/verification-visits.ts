import { badUserInput, conflict, notFound } from '@pas/platform';
import { validateCampaignDate, validateCampaignYear, validateHousehold, validateText } from '@pas/register-rules';
import { isDuplicateKey } from '@pas/subgraph-kit';
import type { VerificationVisitInput } from '../generated/resolvers-types.js';
import { Household, VerificationVisit, type VerificationVisitDoc } from '../models/index.js';

/** One visit per household and day: its id names both. */
export function visitId(householdId: string, visitedOn: Date): string {
  return `VV-${householdId}-${visitedOn.toISOString().slice(0, 10).replaceAll('-', '')}`;
}

/** The visit as stored, or BAD_USER_INPUT naming the field; NOT_FOUND for a household not registered. */
export async function verificationVisit(input: VerificationVisitInput, visitor: string): Promise<VerificationVisitDoc> {
  const { householdId, countyCode } = validateHousehold(input.householdId);
  const year = validateCampaignYear(input.year, 'year');
  const visitedOn = validateCampaignDate(input.visitedOn, 'visitedOn');
  if (visitedOn.getUTCFullYear() < year) throw badUserInput('visitedOn must fall in the year checked or after it', { field: 'visitedOn' });
  if (!(await Household.exists({ _id: householdId }))) throw notFound(`Household ${householdId} does not exist`);
  return {
    id: visitId(householdId, visitedOn),
    householdId,
    countyCode,
    year,
    visitedOn,
    food: input.food,
    clothing: input.clothing,
    satisfied: input.satisfied ?? null,
    note: input.note == null ? null : validateText(input.note, 'note', 500),
    visitor,
  };
}

export async function saveVisit(visit: VerificationVisitDoc): Promise<VerificationVisitDoc> {
  try {
    await VerificationVisit.create(visit);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    throw conflict(`Household ${visit.householdId} already has a visit on ${visit.visitedOn.toISOString().slice(0, 10)}`, { field: 'visitedOn' });
  }
  return visit;
}
