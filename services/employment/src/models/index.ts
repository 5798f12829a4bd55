export * from './employment-record.js';
export * from './training-course.js';
export * from './workshop.js';
export * from './employment-subsidy.js';
