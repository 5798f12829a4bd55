import { extendHousehold, type SubgraphContext } from '@pas/subgraph-kit';
import type { HouseholdEmploymentResolvers, HouseholdResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';
import { isPublicWelfarePost, isTransfer, isWorkshopJob } from '../models/index.js';
import { currentJobs, sumOf } from './current-jobs.js';

export const Household: HouseholdResolvers = extendHousehold('employment');

const jobsOf = (householdId: string, ctx: SubgraphContext) => load.jobsOfHousehold(ctx).load(householdId);

export const HouseholdEmployment: HouseholdEmploymentResolvers = {
  transfers: async (parent, _, ctx) => (await jobsOf(parent.householdId, ctx)).filter(isTransfer),
  publicWelfarePosts: async (parent, _, ctx) => (await jobsOf(parent.householdId, ctx)).filter(isPublicWelfarePost),
  workshopJobs: async (parent, _, ctx) => (await jobsOf(parent.householdId, ctx)).filter(isWorkshopJob),
  trainings: (parent, _, ctx) => load.trainingsOfHousehold(ctx).load(parent.householdId),
  subsidies: (parent, _, ctx) => load.subsidiesOfHousehold(ctx).load(parent.householdId),
  employedMembers: async (parent, _, ctx) => new Set(currentJobs(await jobsOf(parent.householdId, ctx)).map((job) => job.personId)).size,
  monthlyWageIncome: async (parent, _, ctx) => sumOf(currentJobs(await jobsOf(parent.householdId, ctx)), (job) => job.monthlyIncome),
  subsidyTotal: async (parent, _, ctx) => sumOf(await load.subsidiesOfHousehold(ctx).load(parent.householdId), (subsidy) => subsidy.amount),
};
