import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from './support/expected-schema.js';

// The CLIs run as the root scripts run them: built, from dist/ (turbo builds before testing).
const dist = path.resolve(import.meta.dirname, '../dist/cli');
const run = promisify(execFile);

async function cli(script: string, args: string[], env: Record<string, string>, cwd: string) {
  const file = path.join(dist, script);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the package first`);
  try {
    const { stdout, stderr } = await run(process.execPath, [file, ...args], {
      cwd,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('CLIs', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'motesplats-db-cli-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('migrate exits 2 and explains DATABASE_URL when it is not supported', async () => {
    const result = await cli('migrate.js', [], { DATABASE_URL: 'mysql://u:pw@h/db' }, tmp);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).toContain('pglite:memory');
  });

  it('migrate applies pending migrations, then reports there are none', async () => {
    const env = { DATABASE_URL: 'pglite:data' };
    const first = await cli('migrate.js', [], { ...env, INIT_CWD: tmp }, tmp);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`PGlite at ${path.join(tmp, 'data')}`);
    for (const name of MIGRATION_NAMES) expect(first.stdout).toContain(`Applied ${name}`);

    const second = await cli('migrate.js', [], { ...env, INIT_CWD: tmp }, tmp);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('No pending migrations');
  });

  it('new-migration reads the package schema wherever it runs, and writes nothing unchanged', async () => {
    const result = await cli('new-migration.js', ['nothing_changed'], {}, tmp);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nothing written');
  });

  it('new-migration without a name prints its usage', async () => {
    const result = await cli('new-migration.js', [], {}, tmp);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm run db:migration -- <name>');
  });
});
