import { assertCountyVisible, validatePerson } from '@pas/register-rules';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { claimsOfYear } from '../domain/claims-of-year.js';
import { insuranceCoverage } from '../domain/coverage.js';
import { MedicalClaim, VillageClinic } from '../models/index.js';

// Each resolver returns exec()'s promise: a bare mongoose Query is a thenable that would run
// again if awaited twice, and a query runs only once.

export const Query: QueryResolvers = {
  insuranceCoverage: (_, { countyCode, year }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return insuranceCoverage(countyCode, year);
  },
  villageClinics: (_, { countyCode }, ctx) => {
    assertCountyVisible(ctx.caller, countyCode);
    return VillageClinic.find({ countyCode }).sort({ villageCode: 1 }).lean().exec();
  },
  claims: async (_, { personId, year }) => {
    const { personId: id } = validatePerson(personId);
    return claimsOfYear(await MedicalClaim.find({ personId: id }).lean().exec(), year);
  },
};
