import type { PovertyWorkshopResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';
import { isWorkshopJob } from '../models/index.js';
import { currentJobs } from './current-jobs.js';

export const PovertyWorkshop: PovertyWorkshopResolvers = {
  village: (workshop) => ({ code: workshop.villageCode }),
  poorWorkers: async (workshop, _, ctx) => currentJobs(await load.workersOfWorkshop(ctx).load(workshop.id)).length,
  workers: async (workshop, _, ctx) => currentJobs(await load.workersOfWorkshop(ctx).load(workshop.id)).filter(isWorkshopJob),
};
