import { badUserInput, maskResidentId } from '@pas/subgraph-kit';
import { Household, ResidentIdClaim, type ResidentIdClaimDoc } from '../models/index.js';

interface MongoBulkError {
  code?: number;
  writeErrors?: { index: number; err?: { index: number } }[];
  insertedDocs?: unknown[];
}

/**
 * Claims resident IDs for persons before their household is written, so an ID can be
 * registered only once across the register. A claim left behind by a write that never
 * completed (its person is not in its household) is taken over.
 */
export async function claimResidentIds(claims: ResidentIdClaimDoc[]): Promise<void> {
  const taken: ResidentIdClaimDoc[] = [];
  for (const claim of claims) {
    try {
      await ResidentIdClaim.create(claim);
      taken.push(claim);
    } catch (error) {
      if ((error as MongoBulkError).code !== 11000 || !(await takeOverStaleClaim(claim))) {
        await releaseResidentIds(taken);
        if ((error as MongoBulkError).code === 11000) {
          throw badUserInput(`Resident ID ${maskResidentId(claim._id)} is already registered to another person`, { field: 'residentId' });
        }
        throw error;
      }
      taken.push(claim);
    }
  }
}

async function takeOverStaleClaim(claim: ResidentIdClaimDoc): Promise<boolean> {
  const existing = await ResidentIdClaim.findById(claim._id).lean();
  if (!existing) return false;
  const holder = await Household.exists({ _id: existing.householdId, 'members.id': existing.personId });
  if (holder) return false;
  const result = await ResidentIdClaim.updateOne(
    { _id: claim._id, householdId: existing.householdId, personId: existing.personId },
    { $set: { householdId: claim.householdId, personId: claim.personId } },
  );
  return result.modifiedCount === 1;
}

/** Releases claims, each only while it still belongs to the same person. */
export async function releaseResidentIds(claims: ResidentIdClaimDoc[]): Promise<void> {
  for (const claim of claims) await ResidentIdClaim.deleteOne({ _id: claim._id, personId: claim.personId });
}
