import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Real-browser tests run on their own config (sequential, long timeouts): npm run test:e2e.
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
