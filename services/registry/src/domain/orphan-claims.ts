import { Household, ResidentIdClaim, type HouseholdDoc, type ResidentIdClaimDoc } from '../models/index.js';
import { inFlight } from './resident-ids.js';

const BATCH = 1_000;

/**
 * Resident-ID claims whose person is not in its household with that ID: left behind by writes
 * that failed (before claims named their write, or when releasing failed too). Each such ID is
 * refused as "already registered" until its claim goes. A claim younger than the grace period
 * belongs to a write that may still finish, and is not an orphan.
 *
 * One pass over the claims, in batches of a thousand, with one household query per batch.
 */
export async function findOrphanClaims(now = Date.now()): Promise<ResidentIdClaimDoc[]> {
  const orphans: ResidentIdClaimDoc[] = [];
  let batch: ResidentIdClaimDoc[] = [];
  const check = async () => {
    const ids = [...new Set(batch.map((c) => c.householdId))];
    const households = await Household.find({ _id: { $in: ids } }, { members: 1 }).lean<Pick<HouseholdDoc, '_id' | 'members'>[]>().exec();
    const held = new Set(households.flatMap((h) => h.members.map((m) => `${m.residentId} ${m.id}`)));
    orphans.push(...batch.filter((claim) => !held.has(`${claim._id} ${claim.personId}`) && !inFlight(claim, now)));
    batch = [];
  };
  for await (const claim of ResidentIdClaim.find().lean<ResidentIdClaimDoc>().cursor({ batchSize: BATCH })) {
    batch.push(claim as ResidentIdClaimDoc);
    if (batch.length === BATCH) await check();
  }
  if (batch.length > 0) await check();
  return orphans;
}

/** Releases each orphan unless it changed since it was found (a write took it over, say). */
export async function releaseOrphanClaims(orphans: ResidentIdClaimDoc[]): Promise<number> {
  let released = 0;
  for (const { _id, personId, householdId, attempt } of orphans) {
    const result = await ResidentIdClaim.deleteOne({ _id, personId, householdId, attempt: attempt ?? null }).exec();
    released += result.deletedCount;
  }
  return released;
}
