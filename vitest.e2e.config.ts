import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: two cores cannot run two browsers and stay stable.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
