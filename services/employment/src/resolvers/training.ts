import type { TrainingCourseResolvers, TrainingPlaceResolvers } from '../generated/resolvers-types.js';

export const TrainingCourse: TrainingCourseResolvers = {
  county: (course) => ({ code: course.countyCode }),
  trainees: (course) => course.trainees.map((trainee) => ({ ...trainee, course })),
  traineeCount: (course) => course.trainees.length,
};

export const TrainingPlace: TrainingPlaceResolvers = {
  person: (place) => ({ id: place.personId }),
  household: (place) => ({ id: place.householdId }),
};
