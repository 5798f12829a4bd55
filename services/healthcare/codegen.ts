import { subgraphCodegen } from '@pas/subgraph-kit/codegen';

export default subgraphCodegen({
  Household: '../entity-refs.js#HouseholdRef',
  Person: '../entity-refs.js#PersonRef',
  Village: '../entity-refs.js#VillageRef',
  County: '../entity-refs.js#CountyRef',
  HouseholdHealth: '../entity-refs.js#HouseholdHealthParent',
  PersonHealth: '../entity-refs.js#PersonHealthParent',
  VillageHealth: '../entity-refs.js#VillageHealthParent',
  InsuranceEnrolment: '../models/insurance-enrolment.js#InsuranceEnrolmentDoc',
  InsuranceCoverage: '../coverage.js#InsuranceCoverageRecord',
  ChronicDiseaseCard: '../models/health-certificate.js#ChronicDiseaseCardRecord',
  DisabilityCertificate: '../models/health-certificate.js#DisabilityCertificateRecord',
  MedicalClaim: '../models/medical-claim.js#MedicalClaimDoc',
  VillageClinic: '../models/village-clinic.js#VillageClinicDoc',
});
