import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type RunningApp = {
  url: string;
  /** Milliseconds from spawning `npm start` until /trpc/health answered 200. */
  startupMs: number;
  output: () => string;
  stop: () => Promise<number | null>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Migrates, seeds and adds fixtures to a database before `npm start` opens it: an embedded
 * PGlite directory has one user at a time, so nothing can be added while the gateway runs.
 * `npm start` then finds the schema migrated and the demo seeded, and leaves both alone.
 */
function prepareDatabase(databaseUrl: string, fixtures: readonly string[]): void {
  const run = (args: string[]) =>
    execFileSync(args[0]!, args.slice(1), {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  run(['npm', 'run', 'db:migrate']);
  run(['npm', 'run', 'db:seed']);
  for (const fixture of fixtures) run(['node', 'tools/demo/dist/seed-fixture.js', fixture]);
}

/**
 * Starts the platform exactly as the README's start command does (`npm start`), on a free port and
 * with its own throwaway PGlite directory, and waits until /trpc/health answers.
 */
export async function startApp(
  opts: {
    timeoutMs?: number;
    env?: Record<string, string>;
    /** Demo fixtures (tools/demo seed-fixture) written into the database before the start. */
    fixtures?: readonly string[];
  } = {},
): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'motesplats-e2e-'));
  if (opts.fixtures?.length) prepareDatabase(`pglite:${dataDir}`, opts.fixtures);
  let log = '';
  const started = Date.now();
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `pglite:${dataDir}`,
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const url = `http://localhost:${port}`;
  const deadline = started + (opts.timeoutMs ?? 180_000);
  let ready = false;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${url}/trpc/health`);
      if (response.status === 200) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    const code = await exited;
    // npm exits before the gateway under it has let go of PGlite's files: retry for a moment.
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    return code;
  };
  if (!ready) {
    await stop();
    throw new Error(`npm start did not answer on ${url}/trpc/health in time. Output:\n${log}`);
  }
  return { url, startupMs: Date.now() - started, output: () => log, stop };
}
