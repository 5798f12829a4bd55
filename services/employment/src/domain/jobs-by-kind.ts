import type { SubgraphContext as Context } from '@pas/subgraph-kit';
import { isPublicWelfarePost, isTransfer, isWorkshopJob, type EmploymentRecordFields } from '../models/index.js';

/** The job lists of a household or a person, each a filter of the one load of their records. */
export function jobsByKind<Parent>(jobsOf: (parent: Parent, ctx: Context) => Promise<EmploymentRecordFields[]>) {
  return {
    transfers: async (parent: Parent, _: unknown, ctx: Context) => (await jobsOf(parent, ctx)).filter(isTransfer),
    publicWelfarePosts: async (parent: Parent, _: unknown, ctx: Context) => (await jobsOf(parent, ctx)).filter(isPublicWelfarePost),
    workshopJobs: async (parent: Parent, _: unknown, ctx: Context) => (await jobsOf(parent, ctx)).filter(isWorkshopJob),
  };
}
