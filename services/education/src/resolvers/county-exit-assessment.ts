import { assessmentReference, groupBy, householdVerdict, recordSignals } from '@pas/subgraph-kit';
import { compulsoryEducationCriterion } from '../domain/compulsory-education.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { StudentEnrolment, type StudentEnrolmentDoc } from '../models/index.js';

// A county's year is read whole: only the fields the judgement needs.
const ENROLMENT_FIELDS = { householdId: 1, personId: 1, schoolYear: 1, status: 1, stage: 1, statusDate: 1, note: 1 };

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  compulsoryEducation: async ({ countyCode, year, roster }) => {
    const enrolments = await StudentEnrolment.find({ countyCode, schoolYear: year }, ENROLMENT_FIELDS).lean<StudentEnrolmentDoc[]>();
    const byHousehold = groupBy(enrolments, (enrolment) => enrolment.householdId);
    return (roster ?? []).map((household) => householdVerdict(household.id, compulsoryEducationCriterion(household.members, byHousehold.get(household.id) ?? [], year)));
  },
  educationSignals: async ({ countyCode, year, roster }) => {
    const enrolments = await StudentEnrolment.find({ countyCode, schoolYear: year }, ENROLMENT_FIELDS).lean<StudentEnrolmentDoc[]>();
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
