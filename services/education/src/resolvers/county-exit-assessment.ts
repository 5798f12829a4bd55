import { assessmentReference, recordSignals, unmetOfRoster } from '@pas/subgraph-kit';
import { compulsoryEducationCriterion } from '../domain/compulsory-education.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  compulsoryEducationUnmet: async ({ countyCode, year, roster }, _, ctx) =>
    unmetOfRoster(roster, await load.enrolmentsOfCountyYear(ctx).load({ countyCode, year }), (household, own) => compulsoryEducationCriterion(household.members, own, year)),
  educationSignals: async ({ countyCode, year, roster }, _, ctx) => {
    const enrolments = await load.enrolmentsOfCountyYear(ctx).load({ countyCode, year });
    const dropouts = enrolments
      .filter((enrolment) => enrolment.status === 'DROPPED_OUT')
      .map((enrolment) => ({
        householdId: enrolment.householdId,
        personId: enrolment.personId,
        kind: 'DROPOUT' as const,
        source: 'education',
        evidence: [{ label: '辍学', value: `${enrolment.statusDate.toISOString().slice(0, 10)}${enrolment.note ? `：${enrolment.note}` : ''}` }],
      }));
    return [...dropouts, ...recordSignals('education', enrolments, roster ?? [])];
  },
};
