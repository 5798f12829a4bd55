import { groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { Department, Headquarters, Inspection, RectificationIssue, TaskLedgerEntry } from '../models/index.js';

/** This request's batching loaders: one `$in` query per collection per tick. */
export const load = requestLoaders({
  headquarters: () => uniqueKeyLoader(Headquarters, 'code'),
  department: () => uniqueKeyLoader(Department, 'code'),
  tasksOfHeadquarters: () => groupLoader(TaskLedgerEntry, 'headquartersCode'),
  inspection: () => uniqueKeyLoader(Inspection, 'id'),
  issuesOfInspection: () => groupLoader(RectificationIssue, 'inspectionId'),
});

export function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is missing`);
  return value;
}
