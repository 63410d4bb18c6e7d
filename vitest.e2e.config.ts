import { defineConfig } from 'vitest/config';

// End-to-end tests that need a real browser (/usr/bin/chromium); `npm run test:e2e`, not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
