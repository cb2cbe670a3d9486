import { defineConfig } from 'vitest/config';

/**
 * The real-browser tests (`npm run test:e2e`, after the extension is built). One file at a time
 * and one test at a time: each browser is a real process on a 2-core machine. No retries: a
 * flaky capture is a bug to find, not to hide.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    retry: 0,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
