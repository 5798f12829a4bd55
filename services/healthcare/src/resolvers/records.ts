import type {
  ChronicDiseaseCardResolvers,
  DisabilityCertificateResolvers,
  InsuranceCoverageResolvers,
  InsuranceEnrolmentResolvers,
  MedicalClaimResolvers,
} from '../generated/resolvers-types.js';

export const InsuranceEnrolment: InsuranceEnrolmentResolvers = {
  person: (enrolment) => ({ id: enrolment.personId }),
  household: (enrolment) => ({ id: enrolment.householdId }),
};

export const InsuranceCoverage: InsuranceCoverageResolvers = {
  county: (coverage) => ({ code: coverage.countyCode }),
};

export const ChronicDiseaseCard: ChronicDiseaseCardResolvers = {
  person: (card) => ({ id: card.personId }),
  household: (card) => ({ id: card.householdId }),
};

export const DisabilityCertificate: DisabilityCertificateResolvers = {
  person: (certificate) => ({ id: certificate.personId }),
  household: (certificate) => ({ id: certificate.householdId }),
  category: (certificate) => certificate.disabilityCategory,
  grade: (certificate) => certificate.disabilityGrade,
};

export const MedicalClaim: MedicalClaimResolvers = {
  person: (claim) => ({ id: claim.personId }),
  household: (claim) => ({ id: claim.householdId }),
  reimbursementRate: (claim) => Math.round(((claim.totalCost - claim.outOfPocket) / claim.totalCost) * 10_000) / 100,
};
