import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { gzipSize } from './remote-bundles.js';

// The newcomer app's budgets (apps/newcomer, served by the gateway at /newcomer/): what a cheap
// phone on a weak connection must download before it can run anything, and how long until the
// newcomer sees their checklist on slow 3G with a slow CPU.

/** Initial JS: the entry module plus every modulepreload in dist/index.html, each gzipped (level 9). */
export const INITIAL_JS_BUDGET_BYTES = 60 * 1024;

/** From navigation until the checklist is visible, on SLOW_3G with CPU_SLOWDOWN. */
export const CHECKLIST_BUDGET_MS = 3000;

/** Slow 3G as the issue defines it: 400 ms latency, 400 kbit/s (50,000 bytes/s) each way. */
export const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 50_000,
  uploadThroughput: 50_000,
} as const;

export const CPU_SLOWDOWN = 4;

/** The selector apps/newcomer/src/pages/Checklist.tsx puts on each list of checklist items. */
export const CHECKLIST_SELECTOR = '[data-testid="checklist"] li';

export type InitialScript = { url: string; kind: 'entry' | 'modulepreload' };

const TAG = /<(script|link)\b[^>]*>/gi;
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

/** The entry `<script type="module" src>` and each `<link rel="modulepreload" href>`, in order. */
export function initialScriptsOf(html: string): InitialScript[] {
  const found: InitialScript[] = [];
  for (const [tag, name] of html.matchAll(TAG)) {
    if (name!.toLowerCase() === 'script') {
      const src = attribute(tag, 'src');
      if (src && attribute(tag, 'type')?.toLowerCase() === 'module') {
        found.push({ url: src, kind: 'entry' });
      }
    } else {
      const href = attribute(tag, 'href');
      const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
      if (href && rel.includes('modulepreload')) found.push({ url: href, kind: 'modulepreload' });
    }
  }
  return found;
}

export type InitialJsFile = InitialScript & { file: string; rawBytes: number; gzipBytes: number };

export type InitialJs = { files: InitialJsFile[]; gzipBytes: number };

/**
 * Reads dist/index.html and the files it loads at start. `base` is the app's public path
 * (vite's `base`), which the URLs in index.html begin with.
 */
export function measureInitialJs(distDir: string, base = '/newcomer/'): InitialJs {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = initialScriptsOf(html);
  if (!scripts.some((script) => script.kind === 'entry')) {
    throw new Error(`${distDir}/index.html has no <script type="module" src>`);
  }
  const files = scripts.map((script) => {
    const pathname = script.url.split(/[?#]/)[0]!;
    const file = pathname.startsWith(base)
      ? pathname.slice(base.length)
      : pathname.replace(/^\.?\//, '');
    const content = readFileSync(path.join(distDir, file));
    return { ...script, file, rawBytes: content.length, gzipBytes: gzipSize(content) };
  });
  return { files, gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0) };
}

/** One load: milliseconds until the checklist is visible, requests made and bytes on the wire. */
export type ChecklistLoad = { ms: number; requests: number; transferBytes: number };

export type ChecklistTiming = { cold: ChecklistLoad; warm: ChecklistLoad };

/**
 * Milliseconds from navigating to `url` until the checklist's first item is visible, under slow
 * 3G and a CPU slowdown (Chrome DevTools Protocol): once in a new browser context (cold: empty
 * cache, no cookies, no service worker), then again in the same context (warm).
 */
export async function timeToChecklist(browser: Browser, url: string): Promise<ChecklistTiming> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  try {
    const once = async (): Promise<ChecklistLoad> => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      let requests = 0;
      let transferBytes = 0;
      cdp.on('Network.requestWillBeSent', () => (requests += 1));
      cdp.on('Network.loadingFinished', (event) => (transferBytes += event.encodedDataLength));
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const started = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator(CHECKLIST_SELECTOR).first().waitFor({ state: 'visible', timeout: 60_000 });
      const ms = performance.now() - started;
      await cdp.detach();
      await page.close();
      return { ms, requests, transferBytes };
    };
    const cold = await once();
    const warm = await once();
    return { cold, warm };
  } finally {
    await context.close();
  }
}
