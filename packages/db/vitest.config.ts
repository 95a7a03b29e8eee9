import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A process's first PGlite pays for initdb and migrations (~3 s) until the image cache is warm,
    // and the CLI tests start processes; on a busy 2-core CI machine that can take a while.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
