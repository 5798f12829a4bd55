import { badUserInput } from '@pas/platform';
import { isDuplicateKey, withoutDeadline } from '@pas/subgraph-kit';
import { MAX_MICROLOAN_FEN, Microloan, MicroloanExposure, type MicroloanDoc } from '../models/index.js';

/**
 * Writes a checked loan within the household's 5万元 ceiling: first the household's exposure
 * is raised by one conditional `$inc` (exactly one of concurrent grants that would together
 * pass the ceiling succeeds), then the loan is written; a loan that cannot be written gives
 * its share back. A crash between the two leaves the exposure too high, never too low: the
 * ceiling may refuse a loan it should allow, but never allows one it should refuse.
 *
 * Nothing marks a loan repaid yet; whatever does must lower the exposure by the loan's amount.
 */
export async function grantMicroloan(loan: MicroloanDoc): Promise<MicroloanDoc> {
  await reserve(loan.householdId, loan.amount);
  try {
    await Microloan.create(loan);
  } catch (error) {
    // Even when the request ran out of time: the share must come back.
    await withoutDeadline(() => MicroloanExposure.updateOne({ _id: loan.householdId }, { $inc: { outstanding: -loan.amount } }).exec());
    throw error;
  }
  return loan;
}

async function reserve(householdId: string, amount: number): Promise<void> {
  await ensureExposure(householdId);
  const raised = await MicroloanExposure.findOneAndUpdate(
    { _id: householdId, outstanding: { $lte: MAX_MICROLOAN_FEN - amount } },
    { $inc: { outstanding: amount } },
    { new: true },
  )
    .lean()
    .exec();
  if (raised) return;
  const owed = (await MicroloanExposure.findById(householdId).lean().exec())?.outstanding ?? 0;
  throw badUserInput(
    `Household ${householdId} owes ${owed} fen in microloans; another ${amount} would pass the ${MAX_MICROLOAN_FEN} fen (5万元) a household may owe`,
    { field: 'amount', outstanding: owed },
  );
}

/**
 * A household's first grant through this service starts its exposure from the loans it has
 * (seeded, or written before exposures were kept). Safe against concurrent first grants: no
 * loan is written before its exposure exists, so the sum cannot miss one.
 */
async function ensureExposure(householdId: string): Promise<void> {
  if (await MicroloanExposure.exists({ _id: householdId })) return;
  const loans = await Microloan.find({ householdId, status: { $ne: 'REPAID' } }, { amount: 1 }).lean<Pick<MicroloanDoc, 'amount'>[]>().exec();
  try {
    await MicroloanExposure.create({ _id: householdId, outstanding: loans.reduce((sum, l) => sum + l.amount, 0) });
  } catch (error) {
    // Another grant created it first.
    if (!isDuplicateKey(error)) throw error;
  }
}
