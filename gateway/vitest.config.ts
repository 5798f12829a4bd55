import { databaseTests } from '../vitest.shared.js';

export default databaseTests({ hookTimeout: 240_000 });
