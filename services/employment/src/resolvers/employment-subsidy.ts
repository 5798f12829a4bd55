import type { EmploymentSubsidyResolvers } from '../generated/resolvers-types.js';

export const EmploymentSubsidy: EmploymentSubsidyResolvers = {
  person: (subsidy) => ({ id: subsidy.personId }),
  household: (subsidy) => ({ id: subsidy.householdId }),
};
