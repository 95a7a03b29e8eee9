import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'caseworker-af',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Each test renders the whole remote and runs axe over it in jsdom: seconds on a busy CI
    // machine, where the default 5 s fails tests that are not wrong.
    testTimeout: 20_000,
  },
});
