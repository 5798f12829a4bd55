import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { globalSetup: ['./src/test-engine.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
});
