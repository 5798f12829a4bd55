import { validateAmount, validateCampaignDate, validatePerson, validateText } from '@pas/register-rules';
import type { PublicWelfarePostInput, TransferEmploymentInput } from '../generated/resolvers-types.js';
import { employmentRecordId, type PublicWelfarePostRecord, type TransferRecord } from '../models/index.js';

// Above these a monthly figure is a typing error (an amount in yuan entered as fen, say), not a wage.
const MAX_MONTHLY_INCOME = 5_000_000;
const MAX_POST_PAY = 300_000;

/** Checks a transfer-employment record and turns it into the stored job; nothing is written on a refusal. */
export function transferFromInput(input: TransferEmploymentInput, today = new Date()): TransferRecord {
  const place = validatePerson(input.personId);
  const startDate = validateCampaignDate(input.startDate, 'startDate', today);
  return {
    id: employmentRecordId('TRANSFER', place.personId, startDate),
    kind: 'TRANSFER',
    ...place,
    startDate,
    endDate: null,
    monthlyIncome: validateAmount(input.monthlyIncome, 'monthlyIncome', 0, MAX_MONTHLY_INCOME),
    destinationScope: input.destinationScope,
    destination: validateText(input.destination, 'destination', 50),
    employer: input.employer ? validateText(input.employer, 'employer', 50) : null,
  };
}

/** Checks a public-welfare post appointment and turns it into the stored job. */
export function postFromInput(input: PublicWelfarePostInput, today = new Date()): PublicWelfarePostRecord {
  const place = validatePerson(input.personId);
  const startDate = validateCampaignDate(input.startDate, 'startDate', today);
  return {
    id: employmentRecordId('PUBLIC_WELFARE_POST', place.personId, startDate),
    kind: 'PUBLIC_WELFARE_POST',
    ...place,
    startDate,
    endDate: null,
    monthlyIncome: validateAmount(input.monthlyPay, 'monthlyPay', 1, MAX_POST_PAY),
    postType: input.postType,
  };
}
