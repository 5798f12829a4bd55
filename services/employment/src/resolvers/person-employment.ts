import type { PersonEmploymentResolvers } from '../generated/resolvers-types.js';
import { currentJobs } from '../domain/current-jobs.js';
import { load } from '../domain/loaders.js';
import { isPublicWelfarePost, isTransfer, isWorkshopJob } from '../models/index.js';

export const PersonEmployment: PersonEmploymentResolvers = {
  transfers: async (parent, _, ctx) => (await load.jobsOfPerson(ctx).load(parent.personId)).filter(isTransfer),
  publicWelfarePosts: async (parent, _, ctx) => (await load.jobsOfPerson(ctx).load(parent.personId)).filter(isPublicWelfarePost),
  workshopJobs: async (parent, _, ctx) => (await load.jobsOfPerson(ctx).load(parent.personId)).filter(isWorkshopJob),
  trainings: (parent, _, ctx) => load.trainingsOfPerson(ctx).load(parent.personId),
  subsidies: (parent, _, ctx) => load.subsidiesOfPerson(ctx).load(parent.personId),
  employed: async (parent, _, ctx) => currentJobs(await load.jobsOfPerson(ctx).load(parent.personId)).length > 0,
};
