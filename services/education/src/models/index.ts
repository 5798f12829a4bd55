export * from './school.js';
export * from './student-enrolment.js';
export * from './student-aid.js';
