import type { HouseholdResolvers } from '../generated/resolvers-types.js';

export const Household: HouseholdResolvers = {
  // The registry owns households; the gateway passes the members it lists (@requires).
  __resolveReference: (ref) => ref,
  education: (household) => ({ householdId: household.id, members: household.members ?? null }),
};
