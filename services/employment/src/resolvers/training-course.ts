import type { TrainingCourseResolvers } from '../generated/resolvers-types.js';

export const TrainingCourse: TrainingCourseResolvers = {
  county: (course) => ({ code: course.countyCode }),
  trainees: (course) => course.trainees.map((trainee) => ({ ...trainee, course })),
  traineeCount: (course) => course.trainees.length,
};
