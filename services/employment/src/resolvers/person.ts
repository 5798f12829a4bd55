import { extendPerson, type SubgraphContext } from '@pas/subgraph-kit';
import type { PersonEmploymentResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';
import { isPublicWelfarePost, isTransfer, isWorkshopJob } from '../models/index.js';
import { currentJobs } from './current-jobs.js';

export const Person: PersonResolvers = extendPerson('employment');

const jobsOf = (personId: string, ctx: SubgraphContext) => load.jobsOfPerson(ctx).load(personId);

export const PersonEmployment: PersonEmploymentResolvers = {
  transfers: async (parent, _, ctx) => (await jobsOf(parent.personId, ctx)).filter(isTransfer),
  publicWelfarePosts: async (parent, _, ctx) => (await jobsOf(parent.personId, ctx)).filter(isPublicWelfarePost),
  workshopJobs: async (parent, _, ctx) => (await jobsOf(parent.personId, ctx)).filter(isWorkshopJob),
  trainings: (parent, _, ctx) => load.trainingsOfPerson(ctx).load(parent.personId),
  subsidies: (parent, _, ctx) => load.subsidiesOfPerson(ctx).load(parent.personId),
  employed: async (parent, _, ctx) => currentJobs(await jobsOf(parent.personId, ctx)).length > 0,
};
