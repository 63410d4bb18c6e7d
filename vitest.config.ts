import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Every rule runs with reads outside its declared fields made to throw (src/check/guard-reads.ts).
    env: { CLAIMS_STRICT_READS: '1' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
