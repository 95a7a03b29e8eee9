import { defineProject } from 'vitest/config';

// The build test scaffolds a real app and builds, typechecks and tests it: minutes on a cold
// machine, so the timeouts are generous.
export default defineProject({
  test: {
    name: 'nx-tools',
    include: ['test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
