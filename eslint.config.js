// @ts-check
// One flat config for the whole monorepo. turbo runs each package's `lint` script (`eslint .`
// inside the package folder); ESLint 9 walks up from the cwd to this file, and every
// `files`/`ignores` pattern below is relative to the repository root.
//
// Architecture boundaries (shared/DESIGN.md, "Boundaries") are enforced at error level:
//   1. @nx/enforce-module-boundaries with tag constraints (tags: each package.json "nx.tags");
//   2. no project but a tool imports an app or a tool (nx cannot see those imports, see below);
//   3. domain projects use no Node built-ins and no Node-only globals (nx does not see built-ins);
//   4. apps import the API's types only (`import type`), except the gateway, which serves it.
// tools/boundaries tests all of this by linting fixtures under virtual paths in real projects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

// nx finds its workspace root from the cwd; pin it to this file's folder so that linting from a
// package folder (or from anywhere) reads the same graph. Must be set before nx is loaded.
process.env.NX_WORKSPACE_ROOT_PATH ??= repoRoot;
const { createProjectGraphAsync } = await import('@nx/devkit');
const { default: nx } = await import('@nx/eslint-plugin');

// ---------------------------------------------------------------------------------------------
// The nx project graph. @nx/enforce-module-boundaries only READS the cached graph
// (.nx/workspace-data/project-graph.json); when there is none it prints a warning and silently
// skips every check (a fresh CI checkout has none). So build, or incrementally refresh, it here
// in-process: nx.json sets useDaemonProcess=false and CI sets NX_DAEMON=false. nx holds a file
// lock while it builds, so parallel turbo lint tasks wait for one another instead of racing.
try {
  await createProjectGraphAsync({ exitOnError: false });
} catch (error) {
  throw new Error(
    `eslint.config.js: nx could not build the project graph, so module boundaries cannot be checked: ${
      error instanceof Error ? error.message : String(error)
    }`,
    { cause: error },
  );
}

// ---------------------------------------------------------------------------------------------
// Workspace projects and their tags, read from the npm workspaces' package.json files, so a new
// project is covered as soon as its package.json carries a tag (no edit here).

/** @typedef {{ name: string, root: string, tags: string[], deps: Set<string> }} Project */

/** @returns {Project[]} */
function readWorkspaceProjects() {
  const rootPkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  /** @type {string[]} */
  const patterns = Array.isArray(rootPkg.workspaces)
    ? rootPkg.workspaces
    : (rootPkg.workspaces?.packages ?? []);
  /** @type {string[]} */
  const roots = [];
  for (const pattern of patterns) {
    if (/^[^*]+\/\*$/.test(pattern)) {
      const parent = pattern.slice(0, -2);
      if (!existsSync(path.join(repoRoot, parent))) continue;
      for (const entry of readdirSync(path.join(repoRoot, parent), { withFileTypes: true })) {
        if (entry.isDirectory()) roots.push(`${parent}/${entry.name}`);
      }
    } else if (!pattern.includes('*')) {
      roots.push(pattern.replace(/\/$/, ''));
    } else {
      throw new Error(
        `eslint.config.js: unsupported workspaces pattern "${pattern}" (use "dir/*" or a folder)`,
      );
    }
  }
  /** @type {Project[]} */
  const found = [];
  for (const root of roots) {
    const file = path.join(repoRoot, root, 'package.json');
    if (!existsSync(file)) continue; // a folder that is being created right now
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`eslint.config.js: cannot parse ${root}/package.json`, { cause: error });
    }
    found.push({
      name: pkg.name ?? root,
      root,
      tags: Array.isArray(pkg.nx?.tags) ? pkg.nx.tags : [],
      deps: new Set([
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.devDependencies ?? {}),
      ]),
    });
  }
  return found;
}

const projects = readWorkspaceProjects();
const tagged = (/** @type {string} */ tag) => projects.filter((p) => p.tags.includes(tag));
const CODE = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';
const codeIn = (/** @type {Project[]} */ list) => list.map((p) => `${p.root}/${CODE}`);
/** Config objects with an empty `files` list are invalid: drop them while no project matches. */
const when = (/** @type {Project[]} */ list, /** @type {() => object} */ make) =>
  list.length ? [make()] : [];
const nameAndSubpaths = (/** @type {Project[]} */ list) =>
  list.flatMap((p) => [p.name, `${p.name}/*`]);

const toolProjects = tagged('type:tool');
const appProjects = tagged('type:app');
const domainProjects = tagged('type:domain');
// An app tagged `role:api-host` (the gateway) serves the tRPC routers, so it imports
// @motesplats/api at runtime. Every other app (the remotes, the shell, newcomer, ...) imports the
// API's types only.
const typesOnlyApiApps = appProjects.filter((p) => !p.tags.includes('role:api-host'));
const browserProjects = projects.filter(
  (p) => p.tags.includes('type:ui') || (p.tags.includes('type:app') && p.deps.has('react-dom')),
);
const nodeProjects = projects.filter(
  (p) =>
    ['type:api', 'type:data', 'type:tool'].some((t) => p.tags.includes(t)) ||
    (p.tags.includes('type:app') && !p.deps.has('react-dom')),
);

// ---------------------------------------------------------------------------------------------
// 1. @nx/enforce-module-boundaries

const BANNED_IN_DOMAIN = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@prisma/*',
  'prisma',
  'pglite-prisma-adapter',
  '@trpc/*',
  'fastify',
  'fastify/*',
  '@fastify/*',
  'pg',
  'pg/*',
  'pg-*',
  '@electric-sql/*',
  'pino',
  'pino-*',
  'i18next',
  'react-i18next',
  '@tanstack/*',
  '@module-federation/*',
  'vite',
  'playwright-core',
];

const LIBS = ['type:domain', 'type:data', 'type:api', 'type:contracts', 'type:i18n', 'type:ui'];

const depConstraints = [
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: BANNED_IN_DOMAIN,
  },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain'] },
  {
    sourceTag: 'type:api',
    // i18n too: the gateway renders invitations (and their PDFs) in the newcomer's language.
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:data',
      'type:contracts',
      'type:api',
      'type:i18n',
    ],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:i18n', onlyDependOnLibsWithTags: ['type:i18n'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:i18n', 'type:contracts'] },
  // Anything but another app: an agency remote never imports another agency's remote. Apps
  // also take their shared build configuration (tools/vite-config, `type:build`).
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: [...LIBS, 'type:build'] },
  // Build configuration is leaf code: it imports build tools (Vite, plugins), no workspace code.
  { sourceTag: 'type:build', onlyDependOnLibsWithTags: [] },
  // Tools may import anything, apps included (the e2e tool starts the gateway).
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
];

const boundaryOptions = {
  depConstraints,
  allow: /** @type {string[]} */ ([]),
  // The newcomer app loads one language's catalogue lazily (import('@motesplats/i18n/catalogues/…'))
  // but bundles the tiny locale list statically; both are the i18n package, on purpose.
  checkDynamicDependenciesExceptions: ['@motesplats/i18n'],
};

// nx types every project outside packages/ (workspaceLayout.libsDir) that has no "exports"/"main"
// as an application, and rejects any import of an application before it looks at tags. Tools may
// import apps and other tools, so those imports are whitelisted for tools only.
const toolAllow = projects
  .filter((p) => !p.root.startsWith('packages/'))
  .flatMap((p) => [p.name, `${p.name}/**`]);

// ---------------------------------------------------------------------------------------------
// 2. Nothing but a tool imports an app or a tool.
// nx maps `@motesplats/<name>` to a workspace project only through that package's
// "exports"/"main" (or a root tsconfig path). Apps and tools declare neither, so nx cannot see an
// import of one by package name and reports nothing. This closes that gap by name.

const appsAndTools = [...appProjects, ...toolProjects];
const noAppImports = {
  group: nameAndSubpaths(appsAndTools),
  message:
    'Nothing imports an app or a tool (shared/DESIGN.md, "Boundaries": an agency remote never imports another agency\'s remote; libraries never import apps). Move the shared code into a package under packages/.',
};

// 4. Apps import the API's types only.
const API_TYPES_ONLY =
  'Apps import the API\'s types only: use `import type { AppRouter } from "@motesplats/api"` and call the gateway through the tRPC client. A value import would bundle the server routers (Prisma, secrets) into the app.';
const apiTypesOnly = [{ name: '@motesplats/api', allowTypeImports: true, message: API_TYPES_ONLY }];
const apiSubpathsTypesOnly = {
  group: ['@motesplats/api/*'],
  allowTypeImports: true,
  message: API_TYPES_ONLY,
};

// 3. Domain projects: no Node built-ins, no Node-only globals.
const DOMAIN_PURE =
  'Domain packages are pure TypeScript and run unchanged in the browser, the gateway and tests: no Node-only API (shared/DESIGN.md, "Layout"). Take what you need as a parameter.';
// The tests and configs of a domain package run in Node under vitest and ship nowhere: they may
// read fixtures with node:fs (packages/target-group/test/purity.test.ts reads the sources). The
// nx rule (no React, Prisma, tRPC, ...) still applies to them.
const DOMAIN_NODE_OK = ['**/test/**', '**/*.{test,spec}.*', '**/*.config.*'];
const escapeRegex = (/** @type {string} */ s) => s.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&');
const NODE_BUILTINS = [...new Set(builtinModules.filter((m) => !m.startsWith('node:')))].sort();
const NODE_ONLY_GLOBALS = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'module',
  'exports',
  'setImmediate',
  'clearImmediate',
];

// ---------------------------------------------------------------------------------------------

export default defineConfig(
  {
    name: 'motesplats/ignores',
    ignores: [
      '**/dist/',
      '**/node_modules/',
      '**/.data/',
      '**/.turbo/',
      '**/.nx/',
      '**/coverage/',
      '**/artifacts/',
      '**/test-results/',
      'packages/db/src/generated/',
      '**/*.d.ts',
      // Linted only by tools/boundaries' tests, under virtual paths inside real projects.
      'tools/boundaries/fixtures/',
    ],
  },
  { name: 'motesplats/files', files: [CODE] },
  js.configs.recommended,
  tseslint.configs.recommended, // syntax-only (no type information): fast
  {
    name: 'motesplats/language',
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals['shared-node-browser'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  { name: 'motesplats/commonjs', files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    name: 'motesplats/jsx',
    files: ['**/*.jsx'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    name: 'motesplats/node',
    files: [
      ...codeIn(nodeProjects),
      '*.{js,mjs,cjs,ts,mts}',
      '**/*.config.{js,mjs,cjs,ts,mts}',
      '**/scripts/**/*.{js,mjs,cjs,ts,mts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  when(browserProjects, () => ({
    name: 'motesplats/browser',
    files: codeIn(browserProjects),
    languageOptions: { globals: { ...globals.browser } },
  })),

  // 1. tag constraints
  {
    name: 'motesplats/boundaries',
    files: [CODE],
    plugins: { '@nx': nx },
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions] },
  },
  when(toolProjects, () => ({
    name: 'motesplats/boundaries/tools',
    files: codeIn(toolProjects),
    rules: { '@nx/enforce-module-boundaries': ['error', { ...boundaryOptions, allow: toolAllow }] },
  })),

  // 2. + 4. restricted workspace imports (one rule, so the options are combined per file set)
  when(appsAndTools, () => ({
    name: 'motesplats/no-app-imports',
    files: [CODE],
    ignores: codeIn(toolProjects),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noAppImports] }] },
  })),
  when(typesOnlyApiApps, () => ({
    name: 'motesplats/apps-import-api-types-only',
    files: codeIn(typesOnlyApiApps),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: apiTypesOnly, patterns: [apiSubpathsTypesOnly, noAppImports] },
      ],
      // `import { type X } from '@motesplats/api'` passes the rule above but, under
      // verbatimModuleSyntax, still emits `import {} from '@motesplats/api'`: a runtime import.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  })),

  // 3. pure domain
  when(domainProjects, () => ({
    name: 'motesplats/domain-is-pure',
    files: codeIn(domainProjects),
    ignores: DOMAIN_NODE_OK,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: DOMAIN_PURE },
            {
              regex: `^(${NODE_BUILTINS.map(escapeRegex).join('|')})(/.*)?$`,
              message: DOMAIN_PURE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...NODE_ONLY_GLOBALS.map((name) => ({ name, message: DOMAIN_PURE })),
      ],
    },
  })),

  prettier,
);
