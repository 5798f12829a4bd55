import { assessmentReference, recordSignals, unmetOfRoster } from '@pas/subgraph-kit';
import { largeOutOfPocket } from '../domain/signals.js';
import { medicalInsuranceCriterion } from '../domain/coverage.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  medicalInsuranceUnmet: async ({ countyCode, year, roster }, _, ctx) =>
    unmetOfRoster(roster, await load.enrolmentsOfCountyYear(ctx).load({ countyCode, year }), (household, own) => medicalInsuranceCriterion(household.members, own, year)),
  healthSignals: async ({ countyCode, year, roster }, _, ctx) => {
    const [enrolments, claims] = await Promise.all([load.enrolmentsOfCountyYear(ctx).load({ countyCode, year }), load.claimsOfCountyYear(ctx).load({ countyCode, year })]);
    return [...largeOutOfPocket(claims), ...recordSignals('healthcare', [...enrolments, ...claims], roster ?? [])];
  },
};
