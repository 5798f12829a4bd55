import type { HouseholdHealthResolvers } from '../generated/resolvers-types.js';
import { claimsOfYear } from '../domain/claims-of-year.js';
import { fullyInsured } from '../domain/coverage.js';
import { load } from '../domain/loaders.js';
import { isChronicDiseaseCard, isDisabilityCertificate } from '../models/index.js';

export const HouseholdHealth: HouseholdHealthResolvers = {
  enrolments: async (parent, { year }, ctx) =>
    (await load.enrolmentsOfHousehold(ctx).load(parent.householdId))
      .filter((enrolment) => !year || enrolment.year === year)
      .sort((a, b) => a.year - b.year || a.personId.localeCompare(b.personId)),
  fullyInsured: async (parent, { year }, ctx) => fullyInsured(parent.members, await load.enrolmentsOfHousehold(ctx).load(parent.householdId), year),
  chronicDiseaseCards: async (parent, _, ctx) => (await load.certificatesOfHousehold(ctx).load(parent.householdId)).filter(isChronicDiseaseCard),
  disabilityCertificates: async (parent, _, ctx) => (await load.certificatesOfHousehold(ctx).load(parent.householdId)).filter(isDisabilityCertificate),
  claims: async (parent, { year }, ctx) => claimsOfYear(await load.claimsOfHousehold(ctx).load(parent.householdId), year),
  outOfPocket: async (parent, { year }, ctx) =>
    claimsOfYear(await load.claimsOfHousehold(ctx).load(parent.householdId), year).reduce((sum, claim) => sum + claim.outOfPocket, 0),
};
