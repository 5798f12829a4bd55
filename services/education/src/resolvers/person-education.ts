import type { PersonEducationResolvers } from '../generated/resolvers-types.js';
import { aidOfYear, enrolmentsInOrder } from '../domain/in-order.js';
import { load } from '../domain/loaders.js';

export const PersonEducation: PersonEducationResolvers = {
  enrolments: async (parent, _, ctx) => enrolmentsInOrder(await load.enrolmentsOfPerson(ctx).load(parent.personId)),
  aid: async (parent, _, ctx) => aidOfYear(await load.aidOfPerson(ctx).load(parent.personId)),
};
