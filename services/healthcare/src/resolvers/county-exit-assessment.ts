import { assessmentReference, recordSignals, rosterVerdicts } from '@pas/subgraph-kit';
import { largeOutOfPocket } from '../domain/signals.js';
import { medicalInsuranceCriterion } from '../domain/coverage.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';
import { MedicalClaim, type MedicalClaimDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  medicalInsurance: async ({ countyCode, year, roster }, _, ctx) =>
    rosterVerdicts(roster, await load.enrolmentsOfCountyYear(ctx).load({ countyCode, year }), (household, own) => medicalInsuranceCriterion(household.members, own, year)),
  healthSignals: async ({ countyCode, year, roster }, _, ctx) => {
    const [enrolments, claims] = await Promise.all([
      load.enrolmentsOfCountyYear(ctx).load({ countyCode, year }),
      MedicalClaim.find({ countyCode, treatedOn: { $gte: new Date(Date.UTC(year, 0, 1)), $lt: new Date(Date.UTC(year + 1, 0, 1)) } }, { householdId: 1, personId: 1, outOfPocket: 1 }).lean<MedicalClaimDoc[]>(),
    ]);
    return [...largeOutOfPocket(claims), ...recordSignals('healthcare', [...enrolments, ...claims], roster ?? [])];
  },
};
