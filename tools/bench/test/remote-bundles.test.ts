import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  gzipSize,
  measureRemoteDist,
  RemoteDistError,
  sharedChunks,
  staticImportsOf,
} from '../src/remote-bundles.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A dist folder from file contents; `manifest` (or null for none) becomes mf-manifest.json. */
function fakeDist(files: Record<string, string>, manifest: unknown): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'msp-bench-dist-'));
  dirs.push(dist);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), content);
  }
  if (manifest !== null)
    writeFileSync(path.join(dist, 'mf-manifest.json'), JSON.stringify(manifest));
  return dist;
}

const shared = (name: string, sync: string[], async: string[] = []) => ({
  id: `remote:${name}`,
  name,
  assets: { js: { sync, async }, css: { sync: [], async: [] } },
});

// Shaped like a @module-federation/vite build: the manifest names each shared module's entry
// chunk (prebuild); React's code sits in a chunk only those import; the bundler runtime is
// imported by both sides; the remote loads React itself only as a fallback (dynamic import).
const FILES = {
  'remoteEntry.js':
    'import{a}from"./assets/utils-1.js";export const get=()=>import("./assets/App-1.js");',
  'assets/App-1.js':
    'import{r}from"./rolldown-runtime-1.js";import"./utils-1.js";const fallback=()=>import("./react-core-1.js");export default "app ' +
    'x'.repeat(2000) +
    '";',
  'assets/utils-1.js': 'export const a=1;',
  'assets/rolldown-runtime-1.js': 'export const r=1;',
  'assets/prebuild-react-1.js':
    'import{r}from"./rolldown-runtime-1.js";import{t}from"./react-core-1.js";export default t;',
  'assets/prebuild-react-dom-1.js':
    'import{t}from"./react-core-1.js";import{d}from"./react-dom-core-1.js";export default d;',
  'assets/react-core-1.js':
    'import{r}from"./rolldown-runtime-1.js";export const t="react ' + 'y'.repeat(3000) + '";',
  'assets/react-dom-core-1.js': 'export const d="react-dom ' + 'z'.repeat(5000) + '";',
  'assets/App-1.css': '.app{}',
  '.vite/manifest.js': 'ignored',
};
const MANIFEST = {
  id: 'caseworker_x',
  shared: [
    shared('react', [], ['assets/prebuild-react-1.js']),
    shared('react-dom', ['./assets/prebuild-react-dom-1.js']),
  ],
  exposes: [],
};

describe('measureRemoteDist', () => {
  it("splits a remote's JS into its own and the shared chunks, gzip level 9 each", () => {
    const dist = fakeDist(FILES, MANIFEST);
    const sizes = measureRemoteDist(dist);
    expect(sizes.shared.map((f) => f.file).sort()).toEqual([
      'assets/prebuild-react-1.js',
      'assets/prebuild-react-dom-1.js',
      'assets/react-core-1.js',
      'assets/react-dom-core-1.js',
    ]);
    expect(sizes.own.map((f) => f.file).sort()).toEqual([
      'assets/App-1.js',
      'assets/rolldown-runtime-1.js',
      'assets/utils-1.js',
      'remoteEntry.js',
    ]);
    const expected = (files: string[]) =>
      files.reduce((total, file) => total + gzipSize(FILES[file as keyof typeof FILES]), 0);
    expect(sizes.ownGzipBytes).toBe(
      expected([
        'assets/App-1.js',
        'assets/rolldown-runtime-1.js',
        'assets/utils-1.js',
        'remoteEntry.js',
      ]),
    );
    expect(sizes.sharedGzipBytes).toBe(
      expected([
        'assets/prebuild-react-1.js',
        'assets/prebuild-react-dom-1.js',
        'assets/react-core-1.js',
        'assets/react-dom-core-1.js',
      ]),
    );
    expect(sizes.own[0]!.file).toBe('assets/App-1.js'); // largest first
    expect(sizes.own.find((f) => f.file === 'remoteEntry.js')!.rawBytes).toBe(
      Buffer.byteLength(FILES['remoteEntry.js']),
    );
  });

  it('counts everything as own when nothing is shared', () => {
    const dist = fakeDist(
      { 'remoteEntry.js': 'export{}', 'assets/a.js': 'export{}' },
      { shared: [] },
    );
    const sizes = measureRemoteDist(dist);
    expect(sizes.own).toHaveLength(2);
    expect(sizes.sharedGzipBytes).toBe(0);
  });

  it('is a clear error without mf-manifest.json, or when it does not match the files', () => {
    expect(() => measureRemoteDist(fakeDist({ 'remoteEntry.js': '' }, null))).toThrow(
      /mf-manifest\.json is missing, so the shared chunks cannot be told from the remote's own/,
    );
    expect(() =>
      measureRemoteDist(
        fakeDist({ 'remoteEntry.js': '' }, { shared: [shared('react', ['assets/gone.js'])] }),
      ),
    ).toThrow(RemoteDistError);
    expect(() => measureRemoteDist(fakeDist({ 'remoteEntry.js': '' }, { exposes: [] }))).toThrow(
      /no "shared" list/,
    );
  });
});

describe('staticImportsOf', () => {
  it('finds static imports and re-exports, not dynamic imports, relative to the file', () => {
    const source =
      'import{a}from"./a.js";import "./b.js";export*from"../c.js";const d=()=>import("./d.js");';
    expect(staticImportsOf('assets/x.js', source).sort()).toEqual([
      'assets/a.js',
      'assets/b.js',
      'c.js',
    ]);
  });
});

describe('sharedChunks', () => {
  it('keeps a chunk that own code imports statically out of the shared set', () => {
    const imports = new Map([
      ['own.js', ['runtime.js']],
      ['shared-entry.js', ['runtime.js', 'core.js']],
      ['core.js', ['helper.js']],
      ['helper.js', []],
      ['runtime.js', []],
    ]);
    expect([...sharedChunks(['shared-entry.js'], imports)].sort()).toEqual([
      'core.js',
      'helper.js',
      'shared-entry.js',
    ]);
  });

  it('gives a chunk back to own code when an own chunk reaches it through one given back', () => {
    const imports = new Map([
      ['own.js', ['a.js']],
      ['shared-entry.js', ['a.js']],
      ['a.js', ['b.js']],
      ['b.js', []],
    ]);
    expect([...sharedChunks(['shared-entry.js'], imports)]).toEqual(['shared-entry.js']);
  });
});
