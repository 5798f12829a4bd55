import type { DisabilityCertificateResolvers } from '../generated/resolvers-types.js';

export const DisabilityCertificate: DisabilityCertificateResolvers = {
  person: (certificate) => ({ id: certificate.personId }),
  household: (certificate) => ({ id: certificate.householdId }),
  category: (certificate) => certificate.disabilityCategory,
  grade: (certificate) => certificate.disabilityGrade,
};
