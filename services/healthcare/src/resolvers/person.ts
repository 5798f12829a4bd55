import { extendPerson } from '@pas/subgraph-kit';
import type { PersonHealthResolvers, PersonResolvers } from '../generated/resolvers-types.js';
import { load } from '../loaders.js';
import { isChronicDiseaseCard, isDisabilityCertificate } from '../models/index.js';
import { claimsOfYear } from './claims-of-year.js';

export const Person: PersonResolvers = extendPerson('health');

export const PersonHealth: PersonHealthResolvers = {
  enrolment: async (parent, { year }, ctx) => (await load.enrolmentsOfPerson(ctx).load(parent.personId)).find((e) => e.year === year) ?? null,
  chronicDiseaseCards: async (parent, _, ctx) => (await load.certificatesOfPerson(ctx).load(parent.personId)).filter(isChronicDiseaseCard),
  disabilityCertificate: async (parent, _, ctx) => (await load.certificatesOfPerson(ctx).load(parent.personId)).find(isDisabilityCertificate) ?? null,
  claims: async (parent, { year }, ctx) => claimsOfYear(await load.claimsOfPerson(ctx).load(parent.personId), year),
};
