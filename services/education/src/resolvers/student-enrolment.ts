import { must } from '@pas/subgraph-kit';
import type { StudentEnrolmentResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const StudentEnrolment: StudentEnrolmentResolvers = {
  person: (enrolment) => ({ id: enrolment.personId }),
  household: (enrolment) => ({ id: enrolment.householdId }),
  school: async (enrolment, _, ctx) => must(await load.school(ctx).load(enrolment.schoolId), `school ${enrolment.schoolId}`),
};
