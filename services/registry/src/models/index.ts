export * from './region.js';
export * from './household.js';
