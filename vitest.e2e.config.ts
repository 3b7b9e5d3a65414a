import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: two cores cannot run two browsers and stay stable.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Tests wait for states, never for time: a poll may take long on a busy machine, and only a state ends it.
    expect: { poll: { timeout: 30_000, interval: 50 } },
  },
});
