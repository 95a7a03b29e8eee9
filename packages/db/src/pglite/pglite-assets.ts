import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PGliteOptions } from '@electric-sql/pglite';

type Assets = Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>;

const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve('@electric-sql/pglite'));

/** The PGlite release, for cache keys: a data directory only loads into the same build. */
export const pgliteVersion: string = readPgliteVersion();

let assets: Promise<Assets> | undefined;

/**
 * PGlite compiles its ~10 MB wasm for every instance unless handed a compiled module. Compiling
 * once per process halves the start-up of every further in-memory database (tests open many).
 * If the files ever move, PGlite still finds its own: this is a speed-up, not a requirement.
 */
export function pgliteAssets(): Promise<Assets> {
  assets ??= loadAssets().catch(() => ({}));
  return assets;
}

async function loadAssets(): Promise<Assets> {
  const [pglite, initdb, bundle] = await Promise.all(
    ['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((file) => readFile(path.join(distDir, file))),
  );
  return {
    pgliteWasmModule: await WebAssembly.compile(pglite!),
    initdbWasmModule: await WebAssembly.compile(initdb!),
    fsBundle: new Blob([bundle!]),
  };
}

function readPgliteVersion(): string {
  const manifest = path.join(distDir, '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
