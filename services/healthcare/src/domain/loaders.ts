import { countyYearLoader, countyYearScope, groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { HealthCertificate, InsuranceEnrolment, MedicalClaim, VillageClinic } from '../models/index.js';
import { claimDigest, enrolmentDigest } from './digests.js';

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  enrolmentsOfHousehold: () => groupLoader(InsuranceEnrolment, 'householdId'),
  enrolmentsOfPerson: () => groupLoader(InsuranceEnrolment, 'personId'),
  certificatesOfHousehold: () => groupLoader(HealthCertificate, 'householdId'),
  certificatesOfPerson: () => groupLoader(HealthCertificate, 'personId'),
  claimsOfHousehold: () => groupLoader(MedicalClaim, 'householdId'),
  claimsOfPerson: () => groupLoader(MedicalClaim, 'personId'),
  clinic: () => uniqueKeyLoader(VillageClinic, 'villageCode'),
  // A county's year from its digests, with only the fields the judgement needs.
  enrolmentsOfCountyYear: () => countyYearLoader(({ countyCode, year }) => enrolmentDigest.read([countyYearScope(countyCode, year)])),
  claimsOfCountyYear: () => countyYearLoader(({ countyCode, year }) => claimDigest.read([countyYearScope(countyCode, year)])),
});
