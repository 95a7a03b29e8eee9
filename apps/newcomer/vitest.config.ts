import { createRequire } from 'node:module';
import path from 'node:path';
import { defineProject } from 'vitest/config';
import { preactAliases } from './preact-aliases';

// Testing Library's ES build (its package.json "module"; Node would load the CommonJS "main").
const require = createRequire(import.meta.url);
const testingLibraryEsm = path.join(
  path.dirname(require.resolve('@testing-library/react/package.json')),
  'dist/@testing-library/react.esm.js',
);

export default defineProject({
  // The same Preact aliases as the build (vite.config.ts), so the tests run what ships.
  resolve: {
    alias: [
      ...preactAliases,
      { find: /^@testing-library\/react$/, replacement: testingLibraryEsm },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'newcomer',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Whole-app renders with axe take seconds when turbo runs every package's tests at once.
    testTimeout: 20_000,
    // Testing Library imports react-dom/client itself: take its ES build and inline it so the
    // aliases apply to it too, instead of Node loading the real React from node_modules.
    server: { deps: { inline: ['@testing-library/react'] } },
  },
});
