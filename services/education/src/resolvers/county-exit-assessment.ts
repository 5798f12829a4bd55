import { assessmentReference, groupBy, householdVerdict } from '@pas/subgraph-kit';
import { compulsoryEducationCriterion } from '../domain/compulsory-education.js';
import type { CountyExitAssessmentResolvers } from '../generated/resolvers-types.js';
import { StudentEnrolment, type StudentEnrolmentDoc } from '../models/index.js';

export const CountyExitAssessment: CountyExitAssessmentResolvers = {
  __resolveReference: assessmentReference,
  compulsoryEducation: async ({ countyCode, year, roster }) => {
    const enrolments = await StudentEnrolment.find({ countyCode, schoolYear: year }).lean<StudentEnrolmentDoc[]>();
    const byHousehold = groupBy(enrolments, (enrolment) => enrolment.householdId);
    return (roster ?? []).map((household) => householdVerdict(household.id, compulsoryEducationCriterion(household.members, byHousehold.get(household.id) ?? [], year)));
  },
};
