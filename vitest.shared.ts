import { defineConfig } from 'vitest/config';

/**
 * The test settings of a package whose tests use MongoDB: one throw-away engine per run,
 * started before the first test file (a first start provisions it, hence the long hook limit).
 */
export function databaseTests(limits: { testTimeout?: number; hookTimeout?: number } = {}) {
  return defineConfig({
    test: {
      globalSetup: ['@pas/mongo-runtime/test-engine'],
      testTimeout: limits.testTimeout ?? 30_000,
      hookTimeout: limits.hookTimeout ?? 180_000,
    },
  });
}
