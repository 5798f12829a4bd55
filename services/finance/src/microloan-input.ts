import { randomUUID } from 'node:crypto';
import { badUserInput } from '@pas/subgraph-kit';
import type { GrantMicroloanInput } from './generated/resolvers-types.js';
import { MAX_MICROLOAN_FEN, MAX_MICROLOAN_MONTHS, type MicroloanDoc } from './models/index.js';

/** Checks a microloan grant against the 扶贫小额信贷 rules; nothing is written on a refusal. */
export function microloanFromInput(input: GrantMicroloanInput): MicroloanDoc {
  const householdId = input.householdId.trim();
  if (!householdId) throw badUserInput('householdId must not be empty', { field: 'householdId' });
  if (!/^\d{12}$/.test(input.villageCode)) throw badUserInput('villageCode must be a 12-digit village code', { field: 'villageCode' });
  if (input.amount <= 0 || input.amount > MAX_MICROLOAN_FEN) {
    throw badUserInput(`amount must be more than zero and at most ${MAX_MICROLOAN_FEN} fen (5万元)`, { field: 'amount' });
  }
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_MICROLOAN_MONTHS) {
    throw badUserInput(`termMonths must be between 1 and ${MAX_MICROLOAN_MONTHS}`, { field: 'termMonths' });
  }
  const bank = input.bank.trim();
  if (!bank) throw badUserInput('bank must not be empty', { field: 'bank' });
  return {
    id: `ML-${randomUUID()}`,
    householdId,
    villageCode: input.villageCode,
    countyCode: input.villageCode.slice(0, 6),
    amount: input.amount,
    bank,
    termMonths: input.termMonths,
    grantedOn: input.grantedOn,
    status: 'ACTIVE',
    overdueAmount: 0,
  };
}
