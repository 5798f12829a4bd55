import { registryRefMappers, subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  ...registryRefMappers,
  Household: '../domain/coverage.js#HouseholdWithMembers',
  HouseholdHealth: '../domain/coverage.js#HouseholdHealthParent',
  HouseholdExitAssessment: '../domain/coverage.js#ExitAssessmentWithMembers',
  CountyExitAssessment: '../domain/coverage.js#CountyAssessmentWithRoster',
  PersonHealth: '@pas/subgraph-kit#OfPerson',
  VillageHealth: '@pas/subgraph-kit#OfVillage',
  VillageExitAssessment: '@pas/subgraph-kit#VillageAssessmentRef',
  InsuranceEnrolment: '../models/insurance-enrolment.js#InsuranceEnrolmentDoc',
  InsuranceCoverage: '../domain/coverage.js#InsuranceCoverageRecord',
  ChronicDiseaseCard: '../models/health-certificate.js#ChronicDiseaseCardRecord',
  DisabilityCertificate: '../models/health-certificate.js#DisabilityCertificateRecord',
  MedicalClaim: '../models/medical-claim.js#MedicalClaimDoc',
  VillageClinic: '../models/village-clinic.js#VillageClinicDoc',
});
