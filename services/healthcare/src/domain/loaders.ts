import { groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { HealthCertificate, InsuranceEnrolment, MedicalClaim, VillageClinic } from '../models/index.js';

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  enrolmentsOfHousehold: () => groupLoader(InsuranceEnrolment, 'householdId'),
  enrolmentsOfPerson: () => groupLoader(InsuranceEnrolment, 'personId'),
  certificatesOfHousehold: () => groupLoader(HealthCertificate, 'householdId'),
  certificatesOfPerson: () => groupLoader(HealthCertificate, 'personId'),
  claimsOfHousehold: () => groupLoader(MedicalClaim, 'householdId'),
  claimsOfPerson: () => groupLoader(MedicalClaim, 'personId'),
  clinic: () => uniqueKeyLoader(VillageClinic, 'villageCode'),
});
