import { databaseTests } from '../../vitest.shared.js';

// One throw-away MongoDB engine for the tests that need a database (deadlines).
export default databaseTests({ testTimeout: 60_000 });
