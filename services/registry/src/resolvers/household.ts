import { maskPhone, maskResidentId, maySeePersonalData } from '@pas/subgraph-kit';
import type { HouseholdResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load, must } from '../loaders.js';

export const Household: HouseholdResolvers = {
  __resolveReference: (ref, ctx) => load.household(ctx).load(ref.id),
  village: async (household, _, ctx) => must(await load.village(ctx).load(household.villageCode), `village ${household.villageCode}`),
  members: (household) => household.members.map((member) => ({ ...member, household })),
};

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => load.person(ctx).load(ref.id),
  residentId: (person, _, ctx) => (maySeePersonalData(ctx.caller, 'registry') ? person.residentId : maskResidentId(person.residentId)),
  phone: (person, _, ctx) => (person.phone && !maySeePersonalData(ctx.caller, 'registry') ? maskPhone(person.phone) : person.phone),
  household: (person) => person.household,
};
