import type { InspectionResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const Inspection: InspectionResolvers = {
  issues: async (inspection, _, ctx) => {
    const issues = await load.issuesOfInspection(ctx).load(inspection.id);
    return [...issues].sort((a, b) => a.id.localeCompare(b.id));
  },
};
