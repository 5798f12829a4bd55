import type { InsuranceEnrolmentResolvers } from '../generated/resolvers-types.js';

export const InsuranceEnrolment: InsuranceEnrolmentResolvers = {
  person: (enrolment) => ({ id: enrolment.personId }),
  household: (enrolment) => ({ id: enrolment.householdId }),
};
