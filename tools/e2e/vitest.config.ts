import { defineProject } from 'vitest/config';

// End-to-end tests start the app as the README does and drive Debian's Chromium.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['test/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
