import { digest } from '@pas/subgraph-kit';
import { InsuranceEnrolment, MedicalClaim, type InsuranceEnrolmentDoc, type MedicalClaimDoc } from '../models/index.js';

const countyYear = (countyCode: unknown, year: number) => [`${String(countyCode)}/${year}`];

/** Each county's year of enrolments, with what the exit assessment judges coverage by. */
export const enrolmentDigest = digest<Pick<InsuranceEnrolmentDoc, 'householdId' | 'personId' | 'year' | 'basicMedical'>>({
  name: 'insuranceEnrolments',
  parts: 32,
  model: InsuranceEnrolment,
  fields: ['householdId', 'personId', 'year', 'basicMedical'],
  placeFields: ['countyCode'],
  scopesOf: (enrolment) => countyYear(enrolment.countyCode, enrolment.year as number),
});

/** Each county's year of claims, by the year of treatment: who paid how much out of pocket. */
export const claimDigest = digest<Pick<MedicalClaimDoc, 'householdId' | 'personId' | 'outOfPocket'>>({
  name: 'medicalClaims',
  parts: 8,
  model: MedicalClaim,
  fields: ['householdId', 'personId', 'outOfPocket'],
  placeFields: ['countyCode', 'treatedOn'],
  scopesOf: (claim) => countyYear(claim.countyCode, (claim.treatedOn as Date).getUTCFullYear()),
});

export const DIGESTS = [enrolmentDigest, claimDigest];
