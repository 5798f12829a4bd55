import { inject } from 'vitest';
import type {} from '@pas/mongo-runtime/test-engine';

/** A database name of this test run: with MONGODB_URI set, the run drops only these. */
export function testDbName(name: string): string {
  return `${inject('dbPrefix')}${name}`;
}
