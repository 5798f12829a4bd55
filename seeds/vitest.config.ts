import { databaseTests } from '../vitest.shared.js';

export default databaseTests({ testTimeout: 120_000, hookTimeout: 240_000 });
