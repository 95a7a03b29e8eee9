import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOTE_CATALOGUE } from '@motesplats/composition';
import { Composition } from '@motesplats/contracts';
import { applyMigrations, createDatabase, type Database } from '@motesplats/db';
import { createTestDatabase } from '@motesplats/db/testing';
import { WITH_MOBILE_TEAM_CONFIG, type LocationConfig } from '@motesplats/location-config';
import { composeLocationFolder, ComposeError, UnknownLocationError } from '../src/compose.js';
import { REPO_ROOT, UsageError } from '../src/options.js';

// Composes from the real builds in apps/*/dist (turbo builds them first: this package
// devDepends on the shell and every remote) into temporary folders.

const APPS = path.join(REPO_ROOT, 'apps');
const CLI = path.join(REPO_ROOT, 'tools', 'compose', 'dist', 'cli.js');
const EXAMPLE_FILE = path.join(
  REPO_ROOT,
  'packages',
  'location-config',
  'examples',
  'with-mobile-team.json',
);
// Exempelvik has no Pensionsmyndigheten: its composition must leave that remote out.
const CONFIG: LocationConfig = WITH_MOBILE_TEAM_CONFIG;
const ID = CONFIG.id;
const PRESENT = REMOTE_CATALOGUE.filter(
  (remote) => remote.actor === null || CONFIG.actors.includes(remote.actor),
).map((remote) => remote.id);
const ABSENT = REMOTE_CATALOGUE.filter((remote) => !PRESENT.includes(remote.id)).map(
  (remote) => remote.id,
);

const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `msp-compose-${name}-`));
const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** What a composed folder must hold for this location. */
function expectComposed(outDir: string, gatewayUrl: string) {
  // The built shell at the root, byte for byte, with the deployment's runtime config.
  const shellDist = path.join(APPS, 'shell', 'dist');
  expect(read(outDir, 'index.html')).toBe(read(shellDist, 'index.html'));
  for (const file of filesUnder(path.join(shellDist, 'assets'))) {
    expect(existsSync(path.join(outDir, 'assets', file)), `assets/${file}`).toBe(true);
  }
  expect(read(outDir, 'index.html')).toContain('src="/runtime-config.js"');
  const runtime: { __MOTESPLATS__?: unknown } = {};
  new Function('window', read(outDir, 'runtime-config.js'))(runtime);
  expect(runtime.__MOTESPLATS__).toEqual({
    gatewayUrl,
    compositionUrl: './composition.json',
    locationId: ID,
  });

  // Remotes: exactly those of the actors present, each a copy of its build.
  expect(readdirSync(path.join(outDir, 'remotes')).sort()).toEqual([...PRESENT].sort());
  for (const id of ABSENT) expect(existsSync(path.join(outDir, 'remotes', id))).toBe(false);
  for (const id of PRESENT) {
    const dist = path.join(APPS, id, 'dist');
    const copied = path.join(outDir, 'remotes', id);
    expect(read(copied, 'mf-manifest.json')).toBe(read(dist, 'mf-manifest.json'));
    expect(existsSync(path.join(copied, 'remoteEntry.js'))).toBe(true);
    expect(filesUnder(copied).sort()).toEqual(
      filesUnder(dist)
        .filter((file) => !file.startsWith('.vite/'))
        .sort(),
    );
  }

  // The manifest, as the gateway would answer, with entries relative to it.
  const composition = Composition.parse(JSON.parse(read(outDir, 'composition.json')));
  expect(composition.location).toEqual({ id: ID, name: CONFIG.name });
  expect(composition.remotes.map((remote) => remote.id)).toEqual(PRESENT);
  for (const remote of composition.remotes) {
    expect(remote.entry).toBe(`./remotes/${remote.id}/mf-manifest.json`);
    expect(existsSync(path.join(outDir, remote.entry))).toBe(true);
  }
  expect(JSON.parse(read(outDir, 'location-config.json'))).toEqual(CONFIG);
  expect(existsSync(path.join(outDir, '.vite'))).toBe(false);
}

beforeAll(() => {
  const unbuilt = ['shell', ...PRESENT].filter(
    (app) =>
      !existsSync(
        path.join(APPS, app, 'dist', app === 'shell' ? 'index.html' : 'mf-manifest.json'),
      ),
  );
  if (unbuilt.length > 0) {
    throw new Error(
      `not built: ${unbuilt.join(', ')}. Run the test through turbo (npx turbo run test --filter=@motesplats/compose), which builds them first; a remote new to the catalogue must also be a devDependency of @motesplats/compose.`,
    );
  }
  expect(ABSENT.length).toBeGreaterThan(0);
});

describe('composing a location from the database', () => {
  let db: Database;
  let out: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.location.create({
      data: {
        id: ID,
        name: CONFIG.name,
        municipalityCode: CONFIG.municipality.code,
        config: JSON.parse(JSON.stringify(CONFIG)),
      },
    });
    out = temp('db');
  });
  afterAll(async () => {
    await db?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes the shell, the remotes of the actors present and the manifests', async () => {
    const options = {
      locationId: ID,
      gatewayUrl: 'https://gateway.example',
      outRoot: out,
      appsDir: APPS,
    };
    const { plan } = await composeLocationFolder(options, { kind: 'database', db });
    expect(plan.outDir).toBe(path.join(out, ID));
    expectComposed(path.join(out, ID), 'https://gateway.example');
    // Nothing but the location's folder (the staging folder is gone).
    expect(readdirSync(out)).toEqual([ID]);
  });

  it('wipes the folder first, so a remote dropped since the last run goes', async () => {
    const stale = path.join(out, ID, 'remotes', 'caseworker-pm');
    mkdirSync(stale, { recursive: true });
    writeFileSync(path.join(stale, 'mf-manifest.json'), '{}');
    await composeLocationFolder(
      { locationId: ID, gatewayUrl: '', outRoot: out, appsDir: APPS },
      { kind: 'database', db },
    );
    expect(existsSync(stale)).toBe(false);
    expectComposed(path.join(out, ID), '');
  });

  it('names the known locations when asked for another', async () => {
    const error = await composeLocationFolder(
      { locationId: 'atlantis', gatewayUrl: '', outRoot: out, appsDir: APPS },
      { kind: 'database', db },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownLocationError);
    expect((error as Error).message).toBe(
      `--location: no location 'atlantis' in the database; known: ${ID}`,
    );
  });

  it('refuses to delete a folder that is not an earlier composition', async () => {
    const other = temp('other');
    mkdirSync(path.join(other, ID));
    writeFileSync(path.join(other, ID, 'notes.txt'), 'keep me');
    const error = await composeLocationFolder(
      { locationId: ID, gatewayUrl: '', outRoot: other, appsDir: APPS },
      { kind: 'database', db },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^--out: .* is not a composed location/);
    expect(read(other, ID, 'notes.txt')).toBe('keep me');
    rmSync(other, { recursive: true, force: true });
  });
});

describe('a remote that is not built', () => {
  it('is a clear error naming every missing build, and nothing is written', async () => {
    // An apps folder with the real shell and only the first remote of the location built.
    const apps = temp('apps');
    const out = temp('out');
    mkdirSync(path.join(apps, 'shell'));
    symlinkSync(path.join(APPS, 'shell', 'dist'), path.join(apps, 'shell', 'dist'), 'dir');
    const [built, ...missing] = PRESENT;
    mkdirSync(path.join(apps, built!));
    symlinkSync(path.join(APPS, built!, 'dist'), path.join(apps, built!, 'dist'), 'dir');

    const error = await composeLocationFolder(
      { locationId: ID, gatewayUrl: '', outRoot: out, appsDir: apps },
      { kind: 'file', file: EXAMPLE_FILE },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Not built, so location 'exempelvik' cannot be composed:/);
    for (const id of missing) {
      expect(message).toContain(
        `- ${id}: ${path.join(apps, id, 'dist', 'mf-manifest.json')} is missing`,
      );
    }
    expect(message).not.toContain(`- ${built}:`);
    expect(readdirSync(out)).toEqual([]);
    rmSync(apps, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
});

describe('the command line', () => {
  let out: string;
  beforeAll(() => {
    out = temp('cli');
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('composes from a configuration file with --config', () => {
    const result = runCli([
      '--location',
      ID,
      '--config',
      EXAMPLE_FILE,
      '--out',
      out,
      '--gateway-url',
      'https://gateway.example/',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Composed ${ID} (${CONFIG.name})`);
    expectComposed(path.join(out, ID), 'https://gateway.example');
  });

  it('composes from the database named by DATABASE_URL, and lists the known ids for an unknown one', async () => {
    const dir = temp('pglite');
    const url = `pglite:${dir}`;
    await applyMigrations(url);
    const db = await createDatabase(url);
    await db.prisma.location.create({
      data: {
        id: ID,
        name: CONFIG.name,
        municipalityCode: CONFIG.municipality.code,
        config: JSON.parse(JSON.stringify(CONFIG)),
      },
    });
    await db.close();

    const composed = runCli(['--location', ID, '--out', out], { DATABASE_URL: url });
    expect(composed.stderr).toBe('');
    expect(composed.status).toBe(0);
    expect(composed.stdout).toContain('from the database');
    expectComposed(path.join(out, ID), '');

    const unknown = runCli(['--location', 'atlantis', '--out', out], { DATABASE_URL: url });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      `--location: no location 'atlantis' in the database; known: ${ID}`,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  const invalidConfig = () => {
    const file = path.join(out, 'invalid.json');
    writeFileSync(file, JSON.stringify({ ...CONFIG, actors: ['af', 'nasa'] }));
    return file;
  };

  it.each([
    [[], /^--location: required/],
    [['--location', 'Demo By'], /^--location: expected a location id .*got 'Demo By'/],
    [
      ['--location', 'demo', '--gateway-url', 'ftp://gw'],
      /^--gateway-url: expected an http\(s\) URL/,
    ],
    [['--location', 'demo', '--gateway-url', 'gateway.example'], /^--gateway-url: /],
    [['--location', 'demo', '--out', ''], /^--out: expected a folder/],
    [['--location', 'demo', '--locaton', 'x'], /Unknown option '--locaton'/],
    [['--location', 'demo', '--out'], /--out/],
    [
      ['--location', 'demo', '--config', '/nonexistent/x.json'],
      /^--config: expected a readable location configuration file .*ENOENT/,
    ],
    [
      ['--location', ID, '--config', 'INVALID'],
      /^--config: .* is not a valid location configuration:\n {2}- actors\[1\]: /,
    ],
    [
      ['--location', 'demo', '--config', EXAMPLE_FILE],
      /^--location: 'demo' does not match the configuration in .*, which is for 'exempelvik'/,
    ],
    [['--location', 'demo', '--apps-dir', ''], /^--apps-dir: expected a folder/],
  ])('%j exits with code 2, naming the option', (args, message) => {
    const argv = args.map((arg) => (arg === 'INVALID' ? invalidConfig() : arg));
    const result = runCli(argv);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('--help prints the usage', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run compose -- --location <id>');
  });
});
