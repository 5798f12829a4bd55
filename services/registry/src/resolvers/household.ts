import type { HouseholdResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load, must } from '../loaders.js';

export const Household: HouseholdResolvers = {
  __resolveReference: (ref, ctx) => load.household(ctx).load(ref.id),
  village: async (household, _, ctx) => must(await load.village(ctx).load(household.villageCode), `village ${household.villageCode}`),
  members: (household) => household.members.map((member) => ({ ...member, household })),
  helper: (household) => household.helper ?? null,
};

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => load.person(ctx).load(ref.id),
  birthYear: (person) => person.birthDate.getUTCFullYear(),
  household: (person) => person.household,
};
