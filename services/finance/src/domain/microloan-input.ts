import { randomUUID } from 'node:crypto';
import { badUserInput } from '@pas/platform';
import { validateAmount, validateCampaignDate, validateHouseholdInVillage, validateText } from '@pas/register-rules';
import type { GrantMicroloanInput } from '../generated/resolvers-types.js';
import { MAX_MICROLOAN_FEN, MAX_MICROLOAN_MONTHS, type MicroloanDoc } from '../models/index.js';

/**
 * Checks a microloan grant against the 扶贫小额信贷 rules that need nothing stored; the
 * household's ceiling is checked when the loan is written. Nothing is written on a refusal.
 */
export function microloanFromInput(input: GrantMicroloanInput, today = new Date()): MicroloanDoc {
  const place = validateHouseholdInVillage(input.householdId, input.villageCode);
  validateAmount(input.amount, 'amount', 1, MAX_MICROLOAN_FEN);
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_MICROLOAN_MONTHS) {
    throw badUserInput(`termMonths must be between 1 and ${MAX_MICROLOAN_MONTHS}`, { field: 'termMonths' });
  }
  return {
    id: `ML-${randomUUID()}`,
    householdId: place.householdId,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    amount: input.amount,
    bank: validateText(input.bank, 'bank', 50),
    termMonths: input.termMonths,
    grantedOn: validateCampaignDate(input.grantedOn, 'grantedOn', today),
    status: 'ACTIVE',
    overdueAmount: 0,
  };
}
