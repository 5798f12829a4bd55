import DataLoader from 'dataloader';
import type { SubgraphContext } from '@pas/subgraph-kit';
import { Household, POOR_STATUSES } from './models/index.js';

export interface RegisterCountsRecord {
  households: number;
  people: number;
  poorHouseholds: number;
  poorPeople: number;
  exitedHouseholds: number;
  exitedPeople: number;
}

const EXITED = new Set(['EXITED', 'MONITORED']);
const POOR = new Set<string>(POOR_STATUSES);

/**
 * Register counts for many counties or villages at once: two aggregations grouped by
 * region and status (households, then people through $unwind), whatever the number of regions.
 */
function countsLoader(field: 'countyCode' | 'villageCode') {
  return new DataLoader<string, RegisterCountsRecord>(async (codes) => {
    const match = { $match: { [field]: { $in: [...codes] } } };
    const group = (sum: object) => ({ $group: { _id: { region: `$${field}`, status: '$status' }, n: sum } });
    const [households, people] = await Promise.all([
      Household.aggregate<{ _id: { region: string; status: string }; n: number }>([match, group({ $sum: 1 })]),
      Household.aggregate<{ _id: { region: string; status: string }; n: number }>([match, { $unwind: '$members' }, group({ $sum: 1 })]),
    ]);
    const counts = new Map(codes.map((code) => [code, { households: 0, people: 0, poorHouseholds: 0, poorPeople: 0, exitedHouseholds: 0, exitedPeople: 0 }]));
    for (const [rows, total, poor, exited] of [
      [households, 'households', 'poorHouseholds', 'exitedHouseholds'],
      [people, 'people', 'poorPeople', 'exitedPeople'],
    ] as const) {
      for (const { _id, n } of rows) {
        const c = counts.get(_id.region);
        if (!c || _id.status === 'REMOVED') continue;
        c[total] += n;
        if (POOR.has(_id.status)) c[poor] += n;
        if (EXITED.has(_id.status)) c[exited] += n;
      }
    }
    return codes.map((code) => counts.get(code)!);
  });
}

export const loadCounts = {
  county: (ctx: SubgraphContext) => ctx.loaders.get('countyCounts', () => countsLoader('countyCode')),
  village: (ctx: SubgraphContext) => ctx.loaders.get('villageCounts', () => countsLoader('villageCode')),
};

/** Percentage with two decimals; 0 when there is no rural population on record. */
export function incidenceRate(poorPeople: number, ruralPopulation: number): number {
  return ruralPopulation > 0 ? Math.round((poorPeople / ruralPopulation) * 10_000) / 100 : 0;
}
