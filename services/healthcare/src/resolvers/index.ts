import { accessAuditResolvers } from '@pas/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Household, HouseholdHealth } from './household.js';
import { Mutation } from './mutation.js';
import { Person, PersonHealth } from './person.js';
import { Query } from './query.js';
import { ChronicDiseaseCard, DisabilityCertificate, InsuranceCoverage, InsuranceEnrolment, MedicalClaim } from './records.js';
import { Village, VillageClinic, VillageHealth } from './village.js';

export const resolvers: Resolvers = {
  AccessAudit: accessAuditResolvers('healthcare', 'health'),
  Query,
  Mutation,
  Household,
  HouseholdHealth,
  Person,
  PersonHealth,
  Village,
  VillageHealth,
  VillageClinic,
  InsuranceEnrolment,
  InsuranceCoverage,
  ChronicDiseaseCard,
  DisabilityCertificate,
  MedicalClaim,
};
