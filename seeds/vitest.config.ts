import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@pas/mongo-runtime/test-engine'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
