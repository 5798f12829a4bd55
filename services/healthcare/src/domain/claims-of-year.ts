import type { MedicalClaimDoc } from '../models/index.js';

/** Claims of one year (all when none is given), oldest first. */
export function claimsOfYear(claims: MedicalClaimDoc[], year?: number | null): MedicalClaimDoc[] {
  return claims
    .filter((claim) => !year || claim.treatedOn.getUTCFullYear() === year)
    .sort((a, b) => a.treatedOn.getTime() - b.treatedOn.getTime() || a.id.localeCompare(b.id));
}
