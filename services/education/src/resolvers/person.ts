import { extendPerson } from '@pas/subgraph-kit';
import type { PersonEducationResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';
import { aidOfYear, enrolmentsInOrder } from './in-order.js';

export const Person: PersonResolvers = extendPerson('education');

export const PersonEducation: PersonEducationResolvers = {
  enrolments: async (parent, _, ctx) => enrolmentsInOrder(await load.enrolmentsOfPerson(ctx).load(parent.personId)),
  aid: async (parent, _, ctx) => aidOfYear(await load.aidOfPerson(ctx).load(parent.personId)),
};
