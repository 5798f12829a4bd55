import { groupLoader, type SubgraphContext, uniqueKeyLoader } from '@pas/subgraph-kit';
import { Department, Headquarters, Inspection, RectificationIssue, TaskLedgerEntry } from '../models/index.js';

/** This request's batching loaders: one `$in` query per collection per tick. */
export const load = {
  headquarters: (ctx: SubgraphContext) => ctx.loaders.get('headquarters', () => uniqueKeyLoader(Headquarters, 'code')),
  department: (ctx: SubgraphContext) => ctx.loaders.get('department', () => uniqueKeyLoader(Department, 'code')),
  tasksOfHeadquarters: (ctx: SubgraphContext) =>
    ctx.loaders.get('tasksOfHeadquarters', () => groupLoader(TaskLedgerEntry, 'headquartersCode')),
  inspection: (ctx: SubgraphContext) => ctx.loaders.get('inspection', () => uniqueKeyLoader(Inspection, 'id')),
  issuesOfInspection: (ctx: SubgraphContext) =>
    ctx.loaders.get('issuesOfInspection', () => groupLoader(RectificationIssue, 'inspectionId')),
};

export function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is missing`);
  return value;
}
