import { databaseTests } from '../../vitest.shared.js';

export default databaseTests();
