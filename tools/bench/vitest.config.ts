import { defineProject } from 'vitest/config';

// Unit tests of the benchmarks' accounting only; the benchmarks themselves run as `bench`.
export default defineProject({
  test: { name: 'bench', include: ['test/**/*.test.ts'] },
});
