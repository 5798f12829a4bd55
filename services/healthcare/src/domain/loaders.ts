import { groupLoader, type SubgraphContext, uniqueKeyLoader } from '@pas/subgraph-kit';
import { HealthCertificate, InsuranceEnrolment, MedicalClaim, VillageClinic } from '../models/index.js';

/** This request's batching loaders: one query per collection per tick, however many entities. */
export const load = {
  enrolmentsOfHousehold: (ctx: SubgraphContext) => ctx.loaders.get('enrolmentsOfHousehold', () => groupLoader(InsuranceEnrolment, 'householdId')),
  enrolmentsOfPerson: (ctx: SubgraphContext) => ctx.loaders.get('enrolmentsOfPerson', () => groupLoader(InsuranceEnrolment, 'personId')),
  certificatesOfHousehold: (ctx: SubgraphContext) => ctx.loaders.get('certificatesOfHousehold', () => groupLoader(HealthCertificate, 'householdId')),
  certificatesOfPerson: (ctx: SubgraphContext) => ctx.loaders.get('certificatesOfPerson', () => groupLoader(HealthCertificate, 'personId')),
  claimsOfHousehold: (ctx: SubgraphContext) => ctx.loaders.get('claimsOfHousehold', () => groupLoader(MedicalClaim, 'householdId')),
  claimsOfPerson: (ctx: SubgraphContext) => ctx.loaders.get('claimsOfPerson', () => groupLoader(MedicalClaim, 'personId')),
  clinic: (ctx: SubgraphContext) => ctx.loaders.get('clinic', () => uniqueKeyLoader(VillageClinic, 'villageCode')),
};
