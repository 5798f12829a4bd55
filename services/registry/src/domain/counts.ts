import DataLoader from 'dataloader';
import { groupedSums, requestLoaders } from '@pas/subgraph-kit';
import { EXITED_STATUSES, Household, POOR_STATUSES } from '../models/index.js';

export interface RegisterCountsRecord {
  households: number;
  people: number;
  poorHouseholds: number;
  poorPeople: number;
  exitedHouseholds: number;
  exitedPeople: number;
}

const EXITED = new Set<string>(EXITED_STATUSES);
const POOR = new Set<string>(POOR_STATUSES);

/** Register counts for many counties or villages at once, grouped by region and status. */
function countsLoader(field: 'countyCode' | 'villageCode') {
  return new DataLoader<string, RegisterCountsRecord>(async (codes) => {
    const rows = await groupedSums(Household, [{ $match: { [field]: { $in: [...codes] } } }], { region: `$${field}`, status: '$status' }, {
      households: 1,
      people: '$memberCount',
    });
    const counts = new Map(codes.map((code) => [code, { households: 0, people: 0, poorHouseholds: 0, poorPeople: 0, exitedHouseholds: 0, exitedPeople: 0 }]));
    for (const { _id, households, people } of rows) {
      const { region, status } = _id as { region: string; status: string };
      const c = counts.get(region);
      if (!c || status === 'REMOVED') continue;
      c.households += households;
      c.people += people;
      if (POOR.has(status)) {
        c.poorHouseholds += households;
        c.poorPeople += people;
      }
      if (EXITED.has(status)) {
        c.exitedHouseholds += households;
        c.exitedPeople += people;
      }
    }
    return codes.map((code) => counts.get(code)!);
  });
}

export const loadCounts = requestLoaders({
  county: () => countsLoader('countyCode'),
  village: () => countsLoader('villageCode'),
});

/** Percentage with two decimals; 0 when there is no rural population on record. */
export function incidenceRate(poorPeople: number, ruralPopulation: number): number {
  return ruralPopulation > 0 ? Math.round((poorPeople / ruralPopulation) * 10_000) / 100 : 0;
}
