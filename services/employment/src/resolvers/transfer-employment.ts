import type { TransferEmploymentResolvers } from '../generated/resolvers-types.js';

export const TransferEmployment: TransferEmploymentResolvers = {
  person: (job) => ({ id: job.personId }),
  household: (job) => ({ id: job.householdId }),
};
