import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'target-group', include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
