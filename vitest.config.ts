import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Real-browser tests run on their own config (sequential, long timeouts): npm run test:e2e.
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The generated core modules (npm run gen) are not in git: written before any test runs.
    globalSetup: ['test/support/generate-sources.ts'],
  },
});
