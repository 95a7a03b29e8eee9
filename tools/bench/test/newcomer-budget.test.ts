import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialScriptsOf, measureInitialJs } from '../src/newcomer-budget.js';
import { gzipSize } from '../src/remote-bundles.js';

const HTML = `<!doctype html><html><head>
  <script type="module" crossorigin src="/newcomer/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/newcomer/assets/vendor-def.js">
  <link rel="stylesheet" crossorigin href="/newcomer/assets/index-123.css">
  <script src="/newcomer/legacy.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('initialScriptsOf', () => {
  it('takes the entry module and each modulepreload, not styles or classic scripts', () => {
    expect(initialScriptsOf(HTML)).toEqual([
      { url: '/newcomer/assets/index-abc.js', kind: 'entry' },
      { url: '/newcomer/assets/vendor-def.js', kind: 'modulepreload' },
    ]);
  });
});

describe('measureInitialJs', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gzips each initial file and sums them', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newcomer-budget-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), HTML);
    const entry = 'export const a = 1;'.repeat(50);
    const vendor = 'export const b = 2;'.repeat(80);
    writeFileSync(path.join(dir, 'assets', 'index-abc.js'), entry);
    writeFileSync(path.join(dir, 'assets', 'vendor-def.js'), vendor);
    const measured = measureInitialJs(dir);
    expect(measured.files.map((f) => [f.file, f.rawBytes])).toEqual([
      ['assets/index-abc.js', entry.length],
      ['assets/vendor-def.js', vendor.length],
    ]);
    expect(measured.gzipBytes).toBe(gzipSize(entry) + gzipSize(vendor));
  });

  it('fails when index.html has no entry module', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newcomer-budget-'));
    writeFileSync(path.join(dir, 'index.html'), '<html></html>');
    expect(() => measureInitialJs(dir!)).toThrow(/no <script type="module" src>/);
  });
});
