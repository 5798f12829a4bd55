import { must } from '@pas/subgraph-kit';
import type { HeadquartersResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';
import type { DepartmentDoc } from '../models/index.js';

export const Headquarters: HeadquartersResolvers = {
  __resolveReference: (ref, ctx) => load.headquarters(ctx).load(ref.code),
  leadDepartment: async (hq, _, ctx) => must(await load.department(ctx).load(hq.leadDepartmentCode), `department ${hq.leadDepartmentCode}`),
  memberDepartments: async (hq, _, ctx) => {
    const members = await load.department(ctx).loadMany(hq.memberDepartmentCodes);
    return hq.memberDepartmentCodes.map((code, i) => {
      const member = members[i];
      if (member instanceof Error) throw member;
      return must<DepartmentDoc>(member ?? null, `department ${code}`);
    });
  },
  tasks: async (hq, _, ctx) => {
    const tasks = await load.tasksOfHeadquarters(ctx).load(hq.code);
    return [...tasks].sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.id.localeCompare(b.id));
  },
};
