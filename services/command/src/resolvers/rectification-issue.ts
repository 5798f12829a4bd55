import { must } from '@pas/subgraph-kit';
import type { RectificationIssueResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const RectificationIssue: RectificationIssueResolvers = {
  inspection: async (issue, _, ctx) => must(await load.inspection(ctx).load(issue.inspectionId), `inspection ${issue.inspectionId}`),
  headquarters: async (issue, _, ctx) => must(await load.headquarters(ctx).load(issue.headquartersCode), `headquarters ${issue.headquartersCode}`),
};
