import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'location-config', include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
