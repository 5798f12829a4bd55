import type { Resolvers } from '../generated/resolvers-types.js';
import { AccessAudit } from './access-audit.js';
import { ChronicDiseaseCard } from './chronic-disease-card.js';
import { CountyExitAssessment } from './county-exit-assessment.js';
import { DisabilityCertificate } from './disability-certificate.js';
import { Household } from './household.js';
import { HouseholdExitAssessment } from './household-exit-assessment.js';
import { HouseholdHealth } from './household-health.js';
import { InsuranceCoverage } from './insurance-coverage.js';
import { InsuranceEnrolment } from './insurance-enrolment.js';
import { MedicalClaim } from './medical-claim.js';
import { Mutation } from './mutation.js';
import { Person } from './person.js';
import { PersonHealth } from './person-health.js';
import { Query } from './query.js';
import { Village } from './village.js';
import { VillageClinic } from './village-clinic.js';
import { VillageExitAssessment } from './village-exit-assessment.js';
import { VillageHealth } from './village-health.js';

export const resolvers: Resolvers = {
  AccessAudit,
  Query,
  Mutation,
  Household,
  HouseholdHealth,
  HouseholdExitAssessment,
  CountyExitAssessment,
  Person,
  PersonHealth,
  Village,
  VillageHealth,
  VillageClinic,
  VillageExitAssessment,
  InsuranceEnrolment,
  InsuranceCoverage,
  ChronicDiseaseCard,
  DisabilityCertificate,
  MedicalClaim,
};
