import type { PersonEmploymentResolvers } from '../generated/resolvers-types.js';
import { currentJobs } from '../domain/current-jobs.js';
import { jobsByKind } from '../domain/jobs-by-kind.js';
import { load } from '../domain/loaders.js';
import type { OfPerson } from '@pas/subgraph-kit';

export const PersonEmployment: PersonEmploymentResolvers = {
  ...jobsByKind<OfPerson>((parent, ctx) => load.jobsOfPerson(ctx).load(parent.personId)),
  trainings: (parent, _, ctx) => load.trainingsOfPerson(ctx).load(parent.personId),
  subsidies: (parent, _, ctx) => load.subsidiesOfPerson(ctx).load(parent.personId),
  employed: async (parent, _, ctx) => currentJobs(await load.jobsOfPerson(ctx).load(parent.personId)).length > 0,
};
