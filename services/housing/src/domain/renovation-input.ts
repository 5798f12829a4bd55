import { badUserInput } from '@pas/platform';
import { validateAmount, validateCampaignYear, validateHouseholdInVillage } from '@pas/register-rules';
import type { RecordRenovationInput } from '../generated/resolvers-types.js';
import { renovationId, type HouseRenovationDoc } from '../models/index.js';

/**
 * 10万元: several times the most a rebuild received (3.5万元 with local top-ups); above it an
 * amount is a typing error (yuan entered as fen, say), not a subsidy.
 */
export const MAX_RENOVATION_SUBSIDY = 10_000_000;

/** Checks a renovation record and turns it into the stored case; nothing is written on a refusal. */
export function renovationFromInput(input: RecordRenovationInput, now = new Date()): HouseRenovationDoc {
  const place = validateHouseholdInVillage(input.householdId, input.villageCode);
  if (input.grade === 'A' || input.grade === 'B') {
    throw badUserInput(`A grade ${input.grade} house is safe: only C and D houses are renovated`, { field: 'grade' });
  }
  validateAmount(input.subsidy, 'subsidy', 1, MAX_RENOVATION_SUBSIDY);
  const completedYear = input.completedYear ?? null;
  if (completedYear !== null) validateCampaignYear(completedYear, 'completedYear', now);
  return {
    id: renovationId(place.householdId),
    householdId: place.householdId,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    grade: input.grade,
    method: input.method,
    subsidy: input.subsidy,
    completedYear,
  };
}
