import type { SchoolResolvers, StudentAidResolvers, StudentAidTotalResolvers, StudentEnrolmentResolvers } from '../generated/resolvers-types.js';
import { load, must } from '../loaders.js';

export const School: SchoolResolvers = {
  county: (school) => ({ code: school.countyCode }),
  poorStudents: (school, { schoolYear }, ctx) => load.poorStudents(ctx).load({ schoolId: school.id, schoolYear }),
};

export const StudentEnrolment: StudentEnrolmentResolvers = {
  person: (enrolment) => ({ id: enrolment.personId }),
  household: (enrolment) => ({ id: enrolment.householdId }),
  school: async (enrolment, _, ctx) => must(await load.school(ctx).load(enrolment.schoolId), `school ${enrolment.schoolId}`),
};

export const StudentAid: StudentAidResolvers = {
  person: (aid) => ({ id: aid.personId }),
  household: (aid) => ({ id: aid.householdId }),
};

export const StudentAidTotal: StudentAidTotalResolvers = {
  county: (total) => ({ code: total.countyCode }),
};
