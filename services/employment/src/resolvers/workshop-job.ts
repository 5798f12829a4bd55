import { must } from '@pas/subgraph-kit';
import type { WorkshopJobResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const WorkshopJob: WorkshopJobResolvers = {
  person: (job) => ({ id: job.personId }),
  household: (job) => ({ id: job.householdId }),
  workshop: async (job, _, ctx) => must(await load.workshop(ctx).load(job.workshopId), `workshop ${job.workshopId}`),
};
