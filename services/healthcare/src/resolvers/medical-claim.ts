import type { MedicalClaimResolvers } from '../generated/resolvers-types.js';

export const MedicalClaim: MedicalClaimResolvers = {
  person: (claim) => ({ id: claim.personId }),
  household: (claim) => ({ id: claim.householdId }),
  reimbursementRate: (claim) => Math.round(((claim.totalCost - claim.outOfPocket) / claim.totalCost) * 10_000) / 100,
};
