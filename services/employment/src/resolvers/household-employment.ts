import type { HouseholdEmploymentResolvers } from '../generated/resolvers-types.js';
import { currentJobs, sumOf } from '../domain/current-jobs.js';
import { jobsByKind } from '../domain/jobs-by-kind.js';
import { load } from '../domain/loaders.js';
import type { OfHousehold } from '@pas/subgraph-kit';

export const HouseholdEmployment: HouseholdEmploymentResolvers = {
  ...jobsByKind<OfHousehold>((parent, ctx) => load.jobsOfHousehold(ctx).load(parent.householdId)),
  trainings: (parent, _, ctx) => load.trainingsOfHousehold(ctx).load(parent.householdId),
  subsidies: (parent, _, ctx) => load.subsidiesOfHousehold(ctx).load(parent.householdId),
  employedMembers: async (parent, _, ctx) =>
    new Set(currentJobs(await load.jobsOfHousehold(ctx).load(parent.householdId)).map((job) => job.personId)).size,
  monthlyWageIncome: async (parent, _, ctx) =>
    sumOf(currentJobs(await load.jobsOfHousehold(ctx).load(parent.householdId)), (job) => job.monthlyIncome),
  subsidyTotal: async (parent, _, ctx) => sumOf(await load.subsidiesOfHousehold(ctx).load(parent.householdId), (subsidy) => subsidy.amount),
};
