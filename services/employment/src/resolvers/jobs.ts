import type { PublicWelfarePostResolvers, TransferEmploymentResolvers, WorkshopJobResolvers } from '../generated/resolvers-types.js';
import { load, must } from '../loaders.js';

export const TransferEmployment: TransferEmploymentResolvers = {
  person: (job) => ({ id: job.personId }),
  household: (job) => ({ id: job.householdId }),
};

export const PublicWelfarePost: PublicWelfarePostResolvers = {
  person: (post) => ({ id: post.personId }),
  household: (post) => ({ id: post.householdId }),
  village: (post) => ({ code: post.villageCode }),
  monthlyPay: (post) => post.monthlyIncome,
};

export const WorkshopJob: WorkshopJobResolvers = {
  person: (job) => ({ id: job.personId }),
  household: (job) => ({ id: job.householdId }),
  workshop: async (job, _, ctx) => must(await load.workshop(ctx).load(job.workshopId), `workshop ${job.workshopId}`),
};
