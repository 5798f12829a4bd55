import { must } from '@pas/subgraph-kit';
import type { TaskLedgerEntryResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const TaskLedgerEntry: TaskLedgerEntryResolvers = {
  headquarters: async (task, _, ctx) => must(await load.headquarters(ctx).load(task.headquartersCode), `headquarters ${task.headquartersCode}`),
  ownerDepartment: async (task, _, ctx) => must(await load.department(ctx).load(task.ownerDepartmentCode), `department ${task.ownerDepartmentCode}`),
};
