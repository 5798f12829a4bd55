import type { PersonHealthResolvers } from '../generated/resolvers-types.js';
import { claimsOfYear } from '../domain/claims-of-year.js';
import { load } from '../domain/loaders.js';
import { isChronicDiseaseCard, isDisabilityCertificate } from '../models/index.js';

export const PersonHealth: PersonHealthResolvers = {
  enrolment: async (parent, { year }, ctx) => (await load.enrolmentsOfPerson(ctx).load(parent.personId)).find((e) => e.year === year) ?? null,
  chronicDiseaseCards: async (parent, _, ctx) => (await load.certificatesOfPerson(ctx).load(parent.personId)).filter(isChronicDiseaseCard),
  disabilityCertificate: async (parent, _, ctx) => (await load.certificatesOfPerson(ctx).load(parent.personId)).find(isDisabilityCertificate) ?? null,
  claims: async (parent, { year }, ctx) => claimsOfYear(await load.claimsOfPerson(ctx).load(parent.personId), year),
};
