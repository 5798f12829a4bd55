import { countyYearLoader, groupLoader, requestLoaders, uniqueKeyLoader } from '@pas/subgraph-kit';
import { HealthCertificate, InsuranceEnrolment, MedicalClaim, VillageClinic, type InsuranceEnrolmentDoc } from '../models/index.js';

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = requestLoaders({
  enrolmentsOfHousehold: () => groupLoader(InsuranceEnrolment, 'householdId'),
  enrolmentsOfPerson: () => groupLoader(InsuranceEnrolment, 'personId'),
  certificatesOfHousehold: () => groupLoader(HealthCertificate, 'householdId'),
  certificatesOfPerson: () => groupLoader(HealthCertificate, 'personId'),
  claimsOfHousehold: () => groupLoader(MedicalClaim, 'householdId'),
  claimsOfPerson: () => groupLoader(MedicalClaim, 'personId'),
  clinic: () => uniqueKeyLoader(VillageClinic, 'villageCode'),
  // A county's year is read whole, with only the fields the judgement needs.
  enrolmentsOfCountyYear: () =>
    countyYearLoader(({ countyCode, year }) => InsuranceEnrolment.find({ countyCode, year }, { householdId: 1, personId: 1, year: 1, basicMedical: 1 }).lean<InsuranceEnrolmentDoc[]>().exec()),
});
