import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'composition', include: ['test/**/*.test.ts'] },
});
