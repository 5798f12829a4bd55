export * from './department.js';
export * from './headquarters.js';
export * from './task-ledger-entry.js';
export * from './inspection.js';
export * from './rectification-issue.js';
