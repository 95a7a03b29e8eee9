import { defineProject } from 'vitest/config';

// The boundary tests load the root eslint.config.js (which builds the nx project graph) and lint
// fixtures under virtual paths inside real projects: allow for a cold start.
export default defineProject({ test: { name: 'boundaries', testTimeout: 60000 } });
