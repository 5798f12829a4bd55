import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One throw-away MongoDB engine for the tests that need a database (deadlines).
    globalSetup: ['@pas/mongo-runtime/test-engine'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
