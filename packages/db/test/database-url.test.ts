import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl } from '../src/index.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const packageDir = path.resolve(import.meta.dirname, '..');

describe('parseDatabaseUrl', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['unset', undefined, { kind: 'pglite', storage: 'file', dataDir: `${repoRoot}/.data/pglite` }],
    ['empty', '', { kind: 'pglite', storage: 'file', dataDir: `${repoRoot}/.data/pglite` }],
    ['blank', '  ', { kind: 'pglite', storage: 'file', dataDir: `${repoRoot}/.data/pglite` }],
    ['in memory', 'pglite:memory', { kind: 'pglite', storage: 'memory' }],
    [
      'absolute dir',
      'pglite:/var/lib/mp',
      { kind: 'pglite', storage: 'file', dataDir: '/var/lib/mp' },
    ],
    [
      'relative dir',
      'pglite:./db',
      { kind: 'pglite', storage: 'file', dataDir: `${packageDir}/db` },
    ],
    [
      'postgresql://',
      'postgresql://u:p@db.example:5432/mp',
      { kind: 'postgresql', url: 'postgresql://u:p@db.example:5432/mp' },
    ],
    ['postgres://', 'postgres://db/mp', { kind: 'postgresql', url: 'postgres://db/mp' }],
  ])('%s', (_label, value, expected) => {
    expect(parseDatabaseUrl(value, packageDir)).toEqual(expected);
  });

  it('finds the workspace root from a nested directory', () => {
    expect(parseDatabaseUrl(undefined, path.join(packageDir, 'src', 'migrate'))).toEqual({
      kind: 'pglite',
      storage: 'file',
      dataDir: `${repoRoot}/.data/pglite`,
    });
  });

  it('resolves relative pglite paths against INIT_CWD when no cwd is given', () => {
    vi.stubEnv('INIT_CWD', '/somewhere/else');
    expect(parseDatabaseUrl('pglite:data')).toEqual({
      kind: 'pglite',
      storage: 'file',
      dataDir: '/somewhere/else/data',
    });
  });

  it.each([
    ['mysql://u:secret@host/db'],
    ['sqlite:./dev.db'],
    ['file:./dev.db'],
    ['pglite:'],
    ['postgresql://u:secret@[bad'],
    ['localhost:5432'],
  ])('rejects %s, naming DATABASE_URL and the accepted forms', (value) => {
    let thrown: unknown;
    try {
      parseDatabaseUrl(value, packageDir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseUrlError);
    const message = (thrown as Error).message;
    expect(message).toContain('DATABASE_URL');
    for (const form of [
      'unset',
      'pglite:<dir>',
      'pglite:memory',
      'postgresql://user:pass@host:port/db',
    ]) {
      expect(message).toContain(form);
    }
    expect(message).not.toContain('secret');
  });
});
