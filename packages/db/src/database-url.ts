import path from 'node:path';
import { DatabaseUrlError } from './database-url-error.js';
import { packageRoot } from './paths.js';
import { findWorkspaceRoot } from './workspace-root.js';

export { DatabaseUrlError } from './database-url-error.js';

/** Where the database lives, as read from DATABASE_URL. */
export type DatabaseLocation =
  | { kind: 'pglite'; storage: 'memory' }
  | { kind: 'pglite'; storage: 'file'; dataDir: string }
  | { kind: 'postgresql'; url: string };

const ACCEPTED_FORMS = [
  'unset                                 PGlite, file-backed at <workspace root>/.data/pglite',
  'pglite:<dir>                          PGlite, file-backed at <dir> (relative to where you ran the command)',
  'pglite:memory                         PGlite in memory, gone when the process ends',
  'postgresql://user:pass@host:port/db   a PostgreSQL server (postgres:// works too)',
];

const PGLITE_SCHEME = /^pglite:/i;
const SERVER_SCHEME = /^postgres(ql)?:\/\//i;

/**
 * Reads a DATABASE_URL value. `cwd` anchors the workspace-root search and relative `pglite:`
 * paths; without it, relative paths resolve against INIT_CWD (where the user typed `npm run …`,
 * since npm moves the process into the package folder) or else process.cwd().
 */
export function parseDatabaseUrl(value: string | undefined, cwd?: string): DatabaseLocation {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    return { kind: 'pglite', storage: 'file', dataDir: defaultDataDir(cwd ?? process.cwd()) };
  }
  if (PGLITE_SCHEME.test(trimmed)) {
    return parsePglite(trimmed, trimmed.slice('pglite:'.length), cwd);
  }
  if (SERVER_SCHEME.test(trimmed)) {
    return parseServerUrl(trimmed);
  }
  throw invalidUrl(trimmed, 'unknown scheme');
}

function parsePglite(value: string, dir: string, cwd: string | undefined): DatabaseLocation {
  if (dir === 'memory') return { kind: 'pglite', storage: 'memory' };
  if (dir.trim() === '') throw invalidUrl(value, 'pglite: needs a directory');
  const base = cwd ?? process.env.INIT_CWD ?? process.cwd();
  return { kind: 'pglite', storage: 'file', dataDir: path.resolve(base, dir) };
}

function parseServerUrl(value: string): DatabaseLocation {
  try {
    new URL(value);
  } catch {
    throw invalidUrl(value, 'not a valid URL');
  }
  return { kind: 'postgresql', url: value };
}

function defaultDataDir(cwd: string): string {
  // Outside the repository (e.g. a CLI started from elsewhere) fall back to the repository this
  // package belongs to, so there is still exactly one default database per checkout.
  const root = findWorkspaceRoot(cwd) ?? findWorkspaceRoot(packageRoot) ?? cwd;
  return path.join(root, '.data', 'pglite');
}

function invalidUrl(value: string, reason: string): DatabaseUrlError {
  return new DatabaseUrlError(
    `DATABASE_URL=${JSON.stringify(redact(value))} is not supported (${reason}). Accepted forms of DATABASE_URL:\n` +
      ACCEPTED_FORMS.map((form) => `  ${form}`).join('\n'),
  );
}

/** Error messages end up in logs: never echo a password. */
function redact(value: string): string {
  const hidden = value.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  return hidden.length > 120 ? `${hidden.slice(0, 117)}...` : hidden;
}
