import { badUserInput, conflict } from '@pas/platform';
import { isDuplicateKey, maskResidentId, withoutDeadline } from '@pas/subgraph-kit';
import { Household, ResidentIdClaim, type ResidentIdClaimDoc } from '../models/index.js';

/**
 * How long a claim whose person is not in its household counts as a write still in flight:
 * far longer than any write takes. After that it was left behind by a write that failed.
 */
export const CLAIM_GRACE_MS = 60_000;

/** A resident ID (`_id`) for a person of a household. */
export type Claim = Pick<ResidentIdClaimDoc, '_id' | 'personId' | 'householdId'>;

/**
 * Claims resident IDs for persons before their household is written, so that an ID can be
 * registered only once across the register: the claim's `_id` is the ID, unique on every
 * engine. Each claim names the write (`attempt`) that placed it, which releases exactly its own
 * claims if it fails. An ID claimed already is refused (BAD_USER_INPUT) when its person holds
 * it, is a CONFLICT while another write is placing it, and is taken over when it was left behind.
 */
export async function claimResidentIds(claims: Claim[], attempt: string): Promise<void> {
  const taken: Claim[] = [];
  try {
    for (const claim of claims) {
      await claimOne(claim, attempt);
      taken.push(claim);
    }
  } catch (error) {
    await releaseClaimsOf(taken, attempt);
    throw error;
  }
}

async function claimOne(claim: Claim, attempt: string): Promise<void> {
  const placed: ResidentIdClaimDoc = { ...claim, attempt, claimedAt: new Date() };
  try {
    await ResidentIdClaim.create(placed);
    return;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  const existing = await ResidentIdClaim.findById(claim._id).lean<ResidentIdClaimDoc>().exec();
  if (existing && (await isHeld(existing))) {
    throw badUserInput(`Resident ID ${maskResidentId(claim._id)} is already registered to another person`, { field: 'residentId' });
  }
  if (existing && !inFlight(existing)) {
    // Only one of several writes taking over the same claim matches it unchanged.
    const { _id, personId, householdId, attempt: previous } = existing;
    const takenOver = await ResidentIdClaim.updateOne({ _id, personId, householdId, attempt: previous ?? null }, { $set: placed }).exec();
    if (takenOver.modifiedCount === 1) return;
  }
  throw conflict(`Resident ID ${maskResidentId(claim._id)} is being registered by another request at this moment; reload and retry`, { field: 'residentId' });
}

/** Whether the claim's person is in its household with that resident ID. */
async function isHeld(claim: Claim): Promise<boolean> {
  const holder = await Household.exists({ _id: claim.householdId, members: { $elemMatch: { id: claim.personId, residentId: claim._id } } });
  return holder !== null;
}

/** A claim whose person is not in its household yet, placed by a write that may still finish. */
export function inFlight(claim: ResidentIdClaimDoc, now = Date.now()): boolean {
  return claim.claimedAt !== undefined && claim.claimedAt !== null && now - claim.claimedAt.getTime() < CLAIM_GRACE_MS;
}

/**
 * Releases the claims a failed write placed, and only those, even when its request ran out of
 * time. A claim that cannot be released now is left behind: the next write of that ID takes it
 * over after the grace period, and `npm run repair` releases it.
 */
export async function releaseClaimsOf(claims: Claim[], attempt: string): Promise<void> {
  await withoutDeadline(async () => {
    for (const claim of claims) await ResidentIdClaim.deleteOne({ _id: claim._id, attempt }).exec();
  }).catch(() => undefined);
}

/**
 * Releases the claim of a person who left the household or whose ID changed, once that write
 * is saved: a failure here must not turn the saved write into an error, and leaves an orphan
 * that the next registration of the ID takes over and `npm run repair` releases.
 */
export async function releaseHeldClaim(claim: Claim): Promise<void> {
  await withoutDeadline(() => ResidentIdClaim.deleteOne({ _id: claim._id, personId: claim.personId, householdId: claim.householdId }).exec()).catch(() => undefined);
}
