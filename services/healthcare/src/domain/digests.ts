import { countyYearDigest } from '@pas/subgraph-kit';
import { InsuranceEnrolment, MedicalClaim, type InsuranceEnrolmentDoc, type MedicalClaimDoc } from '../models/index.js';

/** Each county's year of enrolments, with what the exit assessment judges coverage by. */
export const enrolmentDigest = countyYearDigest<Pick<InsuranceEnrolmentDoc, 'householdId' | 'personId' | 'year' | 'basicMedical'>>({
  name: 'insuranceEnrolments', model: InsuranceEnrolment, parts: 32, yearField: 'year',
  fields: ['householdId', 'personId', 'year', 'basicMedical'],
});

/** Each county's year of claims, by the year of treatment: who paid how much out of pocket. */
export const claimDigest = countyYearDigest<Pick<MedicalClaimDoc, 'householdId' | 'personId' | 'outOfPocket'>>({
  name: 'medicalClaims', model: MedicalClaim, parts: 8, yearField: 'treatedOn',
  fields: ['householdId', 'personId', 'outOfPocket'],
});

export const DIGESTS = [enrolmentDigest, claimDigest];
