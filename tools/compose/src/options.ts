import path from 'node:path';
import { parseArgs } from 'node:util';
import { LocationId } from '@motesplats/contracts';

/** Bad command-line input: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type ComposeOptions = {
  locationId: string;
  /** '' = the shell's own origin, else an http(s) URL without a trailing slash. */
  gatewayUrl: string;
  /** Folder that receives `<locationId>/` (absolute). */
  outRoot: string;
  /** A configuration file to compose from instead of the database (absolute), or null. */
  configFile: string | null;
  /** Folder holding the built apps: `<appsDir>/shell/dist`, `<appsDir>/<remote-id>/dist`. */
  appsDir: string;
};

export const USAGE = `Usage: npm run compose -- --location <id> [options]

Writes one location's static deployment to dist/locations/<id>/: the built shell, the remotes of
the actors present there (remotes/<remote-id>/), composition.json, location-config.json and
runtime-config.js. The folder is wiped first.

  --location <id>        the location to compose (required), e.g. demo
  --gateway-url <url>    where the gateway is, e.g. https://gateway.example (default: empty,
                         the same origin that serves the composed files)
  --out <dir>            where location folders go (default: <repo>/dist/locations); the
                         location is written to <dir>/<id>/
  --config <file.json>   compose from this configuration file (validated) instead of the
                         location's configuration in the database (DATABASE_URL)
  --apps-dir <dir>       where the built apps are (default: <repo>/apps)
  --help                 show this text
`;

/** The repository root, from this file's place: tools/compose/{src,dist}/options.{ts,js}. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const GATEWAY_URL_EXPECTED =
  "--gateway-url: expected an http(s) URL such as https://gateway.example (no query or fragment), or '' for the same origin";

function gatewayUrlOf(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new UsageError(`${GATEWAY_URL_EXPECTED}; got '${value}'`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new UsageError(`${GATEWAY_URL_EXPECTED}; got '${value}'`);
  }
  return trimmed.replace(/\/+$/, '');
}

function nonEmpty(option: string, value: string | undefined, expected: string): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') throw new UsageError(`--${option}: expected ${expected}; got ''`);
  return value;
}

/**
 * Reads the command line (without node and the script). Relative paths resolve against `cwd`
 * (npm runs a root script in the root, but INIT_CWD is where the user typed the command).
 */
export function parseComposeArgs(argv: readonly string[], cwd: string): ComposeOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        location: { type: 'string' },
        'gateway-url': { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        'apps-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // node:util names the option ("Unknown option '--locaton'", "Option '--out <value>' argument missing").
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return 'help';

  if (values.location === undefined) {
    throw new UsageError(`--location: required, e.g. --location demo\n\n${USAGE}`);
  }
  const location = LocationId.safeParse(values.location);
  if (!location.success) {
    throw new UsageError(
      `--location: expected a location id (a slug of a-z, 0-9 and single hyphens, e.g. demo); got '${values.location}'`,
    );
  }
  const out = nonEmpty('out', values.out, 'a folder');
  const config = nonEmpty('config', values.config, 'a location configuration file (.json)');
  const appsDir = nonEmpty('apps-dir', values['apps-dir'], 'a folder');
  return {
    locationId: location.data,
    gatewayUrl: gatewayUrlOf(values['gateway-url'] ?? ''),
    outRoot: out ? path.resolve(cwd, out) : path.join(REPO_ROOT, 'dist', 'locations'),
    configFile: config ? path.resolve(cwd, config) : null,
    appsDir: appsDir ? path.resolve(cwd, appsDir) : path.join(REPO_ROOT, 'apps'),
  };
}
