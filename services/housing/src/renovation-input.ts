import { badUserInput } from '@pas/subgraph-kit';
import type { RecordRenovationInput } from './generated/resolvers-types.js';
import { renovationId, type HouseRenovationDoc } from './models/index.js';

const FIRST_CAMPAIGN_YEAR = 2014;

/** Checks a renovation record and turns it into the stored case; nothing is written on a refusal. */
export function renovationFromInput(input: RecordRenovationInput, now = new Date()): HouseRenovationDoc {
  const householdId = input.householdId.trim();
  if (!householdId) throw badUserInput('householdId must not be empty', { field: 'householdId' });
  if (!/^\d{12}$/.test(input.villageCode)) throw badUserInput('villageCode must be a 12-digit village code', { field: 'villageCode' });
  if (input.grade === 'A' || input.grade === 'B') {
    throw badUserInput(`A grade ${input.grade} house is safe: only C and D houses are renovated`, { field: 'grade' });
  }
  if (input.subsidy <= 0) throw badUserInput('subsidy must be more than zero fen', { field: 'subsidy' });
  const completedYear = input.completedYear ?? null;
  if (completedYear !== null && (completedYear < FIRST_CAMPAIGN_YEAR || completedYear > now.getUTCFullYear())) {
    throw badUserInput(`completedYear must be between ${FIRST_CAMPAIGN_YEAR} and this year`, { field: 'completedYear' });
  }
  return {
    id: renovationId(householdId),
    householdId,
    villageCode: input.villageCode,
    countyCode: input.villageCode.slice(0, 6),
    grade: input.grade,
    method: input.method,
    subsidy: input.subsidy,
    completedYear,
  };
}
