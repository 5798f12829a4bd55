import { validateAmount, validateCampaignDate, validatePerson, validateText } from '@pas/register-rules';
import type { PublicWelfarePostInput, TransferEmploymentInput } from '../generated/resolvers-types.js';
import { employmentRecordId, type EmploymentKind, type PublicWelfarePostRecord, type TransferRecord } from '../models/index.js';

// Above these a monthly figure is a typing error (an amount in yuan entered as fen, say), not a wage.
const MAX_MONTHLY_INCOME = 5_000_000;
const MAX_POST_PAY = 300_000;

/** What every new job has: its id, kind, the person and their place, and a start; it lasts until ended. */
function newJob<Kind extends EmploymentKind>(kind: Kind, input: { personId: string; startDate: Date }, today: Date) {
  const place = validatePerson(input.personId);
  const startDate = validateCampaignDate(input.startDate, 'startDate', today);
  return { id: employmentRecordId(kind, place.personId, startDate), kind, ...place, startDate, endDate: null };
}

/** Checks a transfer-employment record and turns it into the stored job; nothing is written on a refusal. */
export function transferFromInput(input: TransferEmploymentInput, today = new Date()): TransferRecord {
  return {
    ...newJob('TRANSFER', input, today),
    monthlyIncome: validateAmount(input.monthlyIncome, 'monthlyIncome', 0, MAX_MONTHLY_INCOME),
    destinationScope: input.destinationScope,
    destination: validateText(input.destination, 'destination', 50),
    employer: input.employer ? validateText(input.employer, 'employer', 50) : null,
  };
}

/** Checks a public-welfare post appointment and turns it into the stored job. */
export function postFromInput(input: PublicWelfarePostInput, today = new Date()): PublicWelfarePostRecord {
  return {
    ...newJob('PUBLIC_WELFARE_POST', input, today),
    monthlyIncome: validateAmount(input.monthlyPay, 'monthlyPay', 1, MAX_POST_PAY),
    postType: input.postType,
  };
}
