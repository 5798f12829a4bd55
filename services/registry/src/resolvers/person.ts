import { schoolEntryYear } from '../domain/exit-assessment.js';
import { load } from '../domain/loaders.js';
import type { PersonResolvers } from '../generated/resolvers-types.js';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => load.person(ctx).load(ref.id),
  birthYear: (person) => person.birthDate.getUTCFullYear(),
  schoolEntryYear: (person) => schoolEntryYear(person.birthDate),
  household: (person) => person.household,
};
