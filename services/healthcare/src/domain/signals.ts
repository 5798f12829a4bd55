import { groupBy, type ComparisonSignal } from '@pas/subgraph-kit';
import type { MedicalClaimDoc } from '../models/index.js';

/** 大额自付: a year's out-of-pocket costs of one person from this much on (fen), the system's setting. */
export const LARGE_OUT_OF_POCKET_FEN = 500_000;

const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`;

/** Persons whose claims of the year left them at least the threshold to pay themselves. */
export function largeOutOfPocket(claims: Pick<MedicalClaimDoc, 'householdId' | 'personId' | 'outOfPocket'>[]): ComparisonSignal[] {
  return [...groupBy(claims, (claim) => claim.personId)].flatMap(([personId, own]) => {
    const paid = own.reduce((sum, claim) => sum + claim.outOfPocket, 0);
    if (paid < LARGE_OUT_OF_POCKET_FEN) return [];
    return [{ householdId: own[0]!.householdId, personId, kind: 'LARGE_OUT_OF_POCKET' as const, source: 'healthcare', evidence: [{ label: '年度自付费用', value: yuan(paid) }, { label: '报销记录', value: String(own.length) }] }];
  });
}
