import type { PovertyWorkshopResolvers } from '../generated/resolvers-types.js';
import { currentJobs } from '../domain/current-jobs.js';
import { load } from '../domain/loaders.js';
import { isWorkshopJob } from '../models/index.js';

export const PovertyWorkshop: PovertyWorkshopResolvers = {
  village: (workshop) => ({ code: workshop.villageCode }),
  poorWorkers: async (workshop, _, ctx) => currentJobs(await load.workersOfWorkshop(ctx).load(workshop.id)).length,
  workers: async (workshop, _, ctx) => currentJobs(await load.workersOfWorkshop(ctx).load(workshop.id)).filter(isWorkshopJob),
};
