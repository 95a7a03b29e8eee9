import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A process's first PGlite pays for initdb and migrations (~3 s) until the image cache is warm.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
