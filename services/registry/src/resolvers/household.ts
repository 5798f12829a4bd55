import { maskPhone, maySeePersonalData } from '@pas/subgraph-kit';
import type { CadreResolvers, HouseholdResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load, must } from '../loaders.js';
import { personalField } from '../personal-data.js';

export const Household: HouseholdResolvers = {
  __resolveReference: (ref, ctx) => load.household(ctx).load(ref.id),
  village: async (household, _, ctx) => must(await load.village(ctx).load(household.villageCode), `village ${household.villageCode}`),
  members: (household) => household.members.map((member) => ({ ...member, household })),
  helper: (household) => household.helper ?? null,
};

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => load.person(ctx).load(ref.id),
  residentId: async (person, _, ctx) => (await personalField(person, 'residentId', ctx))!,
  phone: (person, _, ctx) => personalField(person, 'phone', ctx),
  household: (person) => person.household,
};

/** Cadres' phones are work contacts but still personal: masked like residents'. */
export const Cadre: CadreResolvers = {
  phone: (cadre, _, ctx) => (cadre.phone && !maySeePersonalData(ctx.caller, 'registry') ? maskPhone(cadre.phone) : cadre.phone),
};
