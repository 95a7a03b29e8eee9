import { defineConfig } from 'vitest/config';

// One Vitest workspace: every package, app and tool is a project with its own vitest.config.ts.
// `npx vitest` at the root runs them all; turbo runs each project's `test` task on its own.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'tools/*/vitest.config.ts',
    ],
  },
});
