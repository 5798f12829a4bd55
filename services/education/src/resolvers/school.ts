import type { SchoolResolvers } from '../generated/resolvers-types.js';
import { load } from '../domain/loaders.js';

export const School: SchoolResolvers = {
  county: (school) => ({ code: school.countyCode }),
  poorStudents: (school, { schoolYear }, ctx) => load.poorStudents(ctx).load({ schoolId: school.id, schoolYear }),
};
