import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHECKLIST_BUDGET_MS,
  CPU_SLOWDOWN,
  INITIAL_JS_BUDGET_BYTES,
  measureInitialJs,
  SLOW_3G,
  timeToChecklist,
  type ChecklistTiming,
} from './newcomer-budget.js';
import { formatTable } from './table.js';

// The newcomer app's budgets: (a) its initial JS, gzipped, against 60 KB, read from
// apps/newcomer/dist; (b) the time until the checklist is visible on slow 3G with a 4× CPU
// slowdown, against 3000 ms, cold and warm, in Chromium against the platform started as the
// README says (`npm start`, which builds first). Returns false when a budget is blown or a
// figure cannot be taken; without Chromium (CHROMIUM_PATH, default /usr/bin/chromium) (b) is
// skipped loudly.

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DIST = path.join(REPO_ROOT, 'apps', 'newcomer', 'dist');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A seeded demo invitation code (packages/db's seed prints it), straight to the checklist.
const CHECKLIST_PATH = '/newcomer/?code=DM01-2M9T-XW4D-8RCE#/checklist';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, budget: number) => `${(value / budget).toFixed(2)}×`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `npm start` on a free port with a throwaway PGlite directory (as tools/e2e's startApp). */
async function startGateway(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motesplats-bench-'));
  let log = '';
  const child = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `pglite:${dataDir}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/trpc/health`)).status === 200) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`npm start did not answer on ${url}/trpc/health in time. Output:\n${log}`);
}

async function measureChecklist(url: string): Promise<ChecklistTiming> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    return await timeToChecklist(browser, `${url}${CHECKLIST_PATH}`);
  } finally {
    await browser.close();
  }
}

export async function runNewcomerBudgetBench(): Promise<boolean> {
  const chromiumFound = existsSync(CHROMIUM_PATH);
  // `npm start` builds first: start it before reading the dist, so the sizes are those served.
  let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
  try {
    if (chromiumFound) gateway = await startGateway();
    return await report(gateway?.url);
  } finally {
    await gateway?.stop();
  }
}

async function report(gatewayUrl: string | undefined): Promise<boolean> {
  let ok = true;
  console.log(
    `Newcomer app budget: initial JS (entry module + modulepreloads in dist/index.html), gzip ` +
      `level 9, against ${kb(INITIAL_JS_BUDGET_BYTES)} KB (KB = 1024 bytes).\n`,
  );
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`apps/newcomer is not built (${DIST}/index.html): run the build first.`);
    ok = false;
  } else {
    const initial = measureInitialJs(DIST);
    console.log(
      formatTable(
        ['file', 'kind', 'KB raw', 'KB gzip'],
        initial.files.map((f) => [f.file, f.kind, kb(f.rawBytes), kb(f.gzipBytes)]),
      ),
    );
    const over = initial.gzipBytes > INITIAL_JS_BUDGET_BYTES;
    console.log(
      `\ninitial JS: ${kb(initial.gzipBytes)} KB gzip, budget ${kb(INITIAL_JS_BUDGET_BYTES)} KB, ` +
        `${ratio(initial.gzipBytes, INITIAL_JS_BUDGET_BYTES)}: ${over ? 'OVER BUDGET' : 'ok'}`,
    );
    if (over) ok = false;
  }

  console.log(
    `\nTime until the checklist is visible: slow 3G (latency ${SLOW_3G.latency} ms, ` +
      `${(SLOW_3G.downloadThroughput * 8) / 1000} kbit/s down and up), CPU ${CPU_SLOWDOWN}× slower, ` +
      `against ${CHECKLIST_BUDGET_MS} ms.\n`,
  );
  if (gatewayUrl === undefined) {
    console.warn(
      `!!! SKIPPED: Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium) !!!`,
    );
    return ok;
  }
  try {
    const timing = await measureChecklist(gatewayUrl);
    const rows = (['cold', 'warm'] as const).map((run) => {
      const { ms, requests, transferBytes } = timing[run];
      if (ms > CHECKLIST_BUDGET_MS) ok = false;
      return [
        run,
        ms.toFixed(0),
        String(CHECKLIST_BUDGET_MS),
        ratio(ms, CHECKLIST_BUDGET_MS),
        String(requests),
        kb(transferBytes),
        ms > CHECKLIST_BUDGET_MS ? 'OVER BUDGET' : 'ok',
      ];
    });
    console.log(
      formatTable(
        ['run', 'ms', 'budget ms', 'ms ÷ budget', 'requests', 'KB on the wire', 'verdict'],
        rows,
      ),
    );
    console.log(
      '\ncold: a new browser context (empty cache, no session, no service worker); warm: the ' +
        'same context again, signed in and cached.',
    );
  } catch (error) {
    console.error(`could not time the checklist: ${(error as Error).message}`);
    ok = false;
  }
  return ok;
}
