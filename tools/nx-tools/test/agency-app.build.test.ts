import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'vite';
import * as prettier from 'prettier';
import { FsTree, flushChanges, type FileChange } from 'nx/src/generators/tree';
import { agencyAppGenerator } from '../src/agency-app/generator.js';
import { CATALOGUE_PATH } from '../src/agency-app/catalogue.js';

const run = promisify(execFile);
const pkgRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(pkgRoot, '../..');
const bin = (p: string) => path.join(repoRoot, 'node_modules', p);

// The generated app must sit INSIDE the repository, so that Node and Vite resolve its imports
// (@motesplats/vite-config, the kit, React) from the root node_modules as a real app's do. It
// goes under test-results/, which .gitignore, ESLint and turbo's inputs already leave out, and
// is removed in afterAll. Its tsconfig extends ../../tsconfig.frontend.json, so the temporary
// root gets copies of the root tsconfigs at the same relative place.
const suffix = randomBytes(4).toString('hex');
const name = `build-check-${suffix}`;
const tmpRoot = path.join(pkgRoot, 'test-results', `agency-app-${suffix}`);
const appDir = path.join(tmpRoot, 'apps', `caseworker-${name}`);

/** Child processes must not believe they run inside this Vitest worker. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  // Vitest sets NODE_ENV=test and VITEST*; the children choose their own.
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

async function runNode(args: string[], cwd: string) {
  try {
    return await run(process.execPath, args, { cwd, env: childEnv(), maxBuffer: 32 << 20 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, {
      cause: error,
    });
  }
}

describe('a generated agency app, written into the repository', () => {
  let changes: FileChange[] = [];

  beforeAll(async () => {
    // FsTree reads the real repository (its apps, ports and catalogue) and keeps every change in
    // memory; only the app folder is flushed, into the temporary root, never into apps/.
    const tree = new FsTree(repoRoot, false);
    await agencyAppGenerator(tree, { name, actor: 'af', label: 'Byggkontroll', track: 2 });
    changes = tree.listChanges();
    expect(changes.map((c) => c.path)).toContain(CATALOGUE_PATH);
    const prefix = `apps/caseworker-${name}/`;
    mkdirSync(tmpRoot, { recursive: true });
    flushChanges(
      tmpRoot,
      changes.filter((c) => c.path.startsWith(prefix)),
    );
    for (const file of ['tsconfig.base.json', 'tsconfig.frontend.json']) {
      copyFileSync(path.join(repoRoot, file), path.join(tmpRoot, file));
    }
  });

  afterAll(() => {
    rmSync(tmpRoot, { recursive: true, force: true });
    // test-results/ itself too, unless a parallel run still uses it.
    try {
      rmdirSync(path.dirname(tmpRoot));
    } catch {
      // not empty, or already gone
    }
  });

  it("is formatted with the repository's prettier settings, and adds one catalogue entry", async () => {
    for (const change of changes) {
      const text = change.content?.toString('utf-8') ?? '';
      const options = await prettier.resolveConfig(path.join(repoRoot, change.path));
      expect(await prettier.check(text, { ...options, filepath: change.path }), change.path).toBe(
        true,
      );
    }
    // The existing entries keep their layout: the diff is the new entry and one comma.
    const before = readFileSync(path.join(repoRoot, CATALOGUE_PATH), 'utf-8');
    const after = changes.find((c) => c.path === CATALOGUE_PATH)?.content?.toString('utf-8');
    expect(after?.startsWith(before.slice(0, before.lastIndexOf('}') + 1))).toBe(true);
    expect(after).toContain(`"id": "caseworker-${name}"`);
  });

  it('builds with Vite into a Module Federation remote', async () => {
    // Build as `vite build` does outside a test: @module-federation/vite returns no plugin at all
    // when it sees VITEST or NODE_ENV=test (it assumes unit tests of components), which would
    // silently build a plain app without remoteEntry.js; MFE_VITE_NO_TEST_ENV_CHECK is its
    // documented way out. NODE_ENV=production also gives React's production build.
    vi.stubEnv('MFE_VITE_NO_TEST_ENV_CHECK', 'true');
    vi.stubEnv('NODE_ENV', 'production');
    try {
      await build({
        root: appDir,
        configFile: path.join(appDir, 'vite.config.ts'),
        logLevel: 'silent',
      });
    } finally {
      vi.unstubAllEnvs();
    }

    expect(existsSync(path.join(appDir, 'dist', 'remoteEntry.js'))).toBe(true);
    const manifestPath = path.join(appDir, 'dist', 'mf-manifest.json');
    expect(existsSync(manifestPath)).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf-8'));
    expect(manifest.name).toBe(`caseworker_${name.replaceAll('-', '_')}`);
    expect(manifest.exposes.map((e: { path: string }) => e.path)).toContain('./App');
  });

  it('typechecks', async () => {
    await runNode([bin('.bin/tsc'), '--noEmit', '-p', appDir], appDir);
  });

  it("passes its own test (auth.me's caseworker, no serious axe violations)", async () => {
    const { stdout } = await runNode([bin('.bin/vitest'), 'run', '--root', appDir], appDir);
    expect(stripVTControlCharacters(stdout)).toMatch(/2 passed/);
  });
});

describe('nx g @motesplats/tools:agency-app', () => {
  it('resolves the local plugin by package name and plans the files on --dry-run', async () => {
    const { stdout } = await runNode(
      [
        bin('.bin/nx'),
        'g',
        '@motesplats/tools:agency-app',
        `dry-run-${suffix}`,
        '--actor=af',
        '--label=Demo',
        '--dry-run',
        '--no-interactive',
      ],
      repoRoot,
    );
    // nx colours its output in CI (CI=true), whatever the terminal.
    const plan = stripVTControlCharacters(stdout);
    expect(plan).toContain(`CREATE apps/caseworker-dry-run-${suffix}/src/App.tsx`);
    expect(plan).toContain(`UPDATE ${CATALOGUE_PATH}`);
    expect(existsSync(path.join(repoRoot, 'apps', `caseworker-dry-run-${suffix}`))).toBe(false);
  });
});
