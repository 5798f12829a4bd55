import mongoose, { Schema } from 'mongoose';

// Kept as an interface: mongoose infers the optional attempt and claimedAt as `T | null | undefined`,
// wider than the `T | undefined` stated here.
/**
 * One document per registered resident ID, keyed by the ID itself: the unique `_id` makes an
 * ID registered twice fail on every engine, where a unique index over embedded members would
 * not (it cannot see duplicates inside one household).
 */
export interface ResidentIdClaimDoc {
  _id: string;
  personId: string;
  householdId: string;
  /**
   * The write that placed the claim, and when: it releases only its own claims if it fails,
   * and a claim whose person is not in its household is in flight while young, left behind
   * once old. Absent on claims written by the seed.
   */
  attempt?: string;
  claimedAt?: Date;
}

const claimSchema = new Schema<ResidentIdClaimDoc>(
  {
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    householdId: { type: String, required: true, index: true },
    attempt: { type: String },
    claimedAt: { type: Date },
  },
  { versionKey: false },
);

export const ResidentIdClaim = mongoose.model<ResidentIdClaimDoc>('ResidentIdClaim', claimSchema, 'residentIds');
