export * from './region.js';
export * from './household.js';
export * from './resident-id-claim.js';
export * from './counter.js';
export * from './poverty-line.js';
export * from './verification-visit.js';
export * from './exit-threshold.js';
