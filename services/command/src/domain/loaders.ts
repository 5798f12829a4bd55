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
