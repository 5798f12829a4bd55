import type { PersonEducationResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';
import { aidOfYear, enrolmentsInOrder } from './in-order.js';

export const Person: PersonResolvers = {
  // The registry owns persons; this subgraph only adds fields keyed by the id.
  __resolveReference: (ref) => ref,
  education: (person) => ({ personId: person.id }),
};

export const PersonEducation: PersonEducationResolvers = {
  enrolments: async (parent, _, ctx) => enrolmentsInOrder(await load.enrolmentsOfPerson(ctx).load(parent.personId)),
  aid: async (parent, _, ctx) => aidOfYear(await load.aidOfPerson(ctx).load(parent.personId)),
};
