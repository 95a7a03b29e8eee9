import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Size accounting for one built remote (apps/<id>/dist): its own JavaScript, gzipped, apart from
// the shared React/ReactDOM chunks, which the shell provides at run time (singletons) and which
// the remote only loads as a fallback.

/** What an agency remote may weigh: its own JS, gzipped. */
export const BUDGET_BYTES = 150 * 1024;

export type JsFile = { file: string; rawBytes: number; gzipBytes: number };

export type RemoteSizes = {
  /** remoteEntry.js and every other JS file that is not shared, largest first. */
  own: JsFile[];
  /** The shared modules' chunks (see sharedChunks), largest first. */
  shared: JsFile[];
  ownGzipBytes: number;
  sharedGzipBytes: number;
};

/** The dist cannot be measured: no manifest, or one that does not match the files. */
export class RemoteDistError extends Error {
  override name = 'RemoteDistError';
}

/** Gzip at level 9, as a CDN would precompress. */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Every .js/.mjs file under `dir`, as a '/'-separated path relative to it; dot folders (.vite) skipped. */
export function jsFilesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.name.startsWith('.')) return [];
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return jsFilesUnder(path.join(dir, entry.name), `${relative}/`);
      return /\.m?js$/.test(entry.name) ? [relative] : [];
    })
    .sort();
}

type ManifestShared = {
  name?: unknown;
  assets?: { js?: { sync?: unknown; async?: unknown } };
};

/** The JS files mf-manifest.json lists for its shared modules (react, react-dom, ...). */
export function sharedAssetsOf(manifest: unknown): { names: string[]; files: string[] } {
  const shared = (manifest as { shared?: unknown } | null)?.shared;
  if (!Array.isArray(shared)) {
    throw new RemoteDistError('mf-manifest.json has no "shared" list');
  }
  const names: string[] = [];
  const files = new Set<string>();
  for (const entry of shared as ManifestShared[]) {
    if (typeof entry.name === 'string') names.push(entry.name);
    for (const list of [entry.assets?.js?.sync, entry.assets?.js?.async]) {
      if (!Array.isArray(list)) continue;
      for (const file of list) if (typeof file === 'string') files.add(file.replace(/^\.\//, ''));
    }
  }
  return { names, files: [...files].sort() };
}

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`: static imports only. A dynamic
// `import("./x.js")` is a lazy load and does not make its target part of the importer.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The files `file` imports statically, relative to the dist root. */
export function staticImportsOf(file: string, source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(STATIC_IMPORT)) {
    found.add(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)));
  }
  return [...found];
}

/**
 * The shared chunks: the manifest's shared assets, plus the chunks only they import statically.
 * The manifest lists each shared module's entry chunk (e.g. '…prebuild__react__prebuild__….js'),
 * whose code may sit in a chunk it imports ('react-….js'); such a chunk is shared unless a chunk
 * of the remote's own imports it statically, too (the bundler runtime, for one, is own code).
 */
export function sharedChunks(
  roots: readonly string[],
  imports: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const shared = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (shared.has(file) || !imports.has(file)) continue;
    shared.add(file);
    pending.push(...(imports.get(file) ?? []));
  }
  const rootSet = new Set(roots);
  for (let changed = true; changed;) {
    changed = false;
    for (const file of shared) {
      if (rootSet.has(file)) continue;
      const ownImporter = [...imports].some(
        ([importer, targets]) => !shared.has(importer) && targets.includes(file),
      );
      if (ownImporter) {
        shared.delete(file);
        changed = true;
      }
    }
  }
  return shared;
}

/** Measures one remote's dist folder. Throws RemoteDistError when it cannot tell shared from own. */
export function measureRemoteDist(dist: string): RemoteSizes {
  const manifestFile = path.join(dist, 'mf-manifest.json');
  if (!existsSync(manifestFile)) {
    throw new RemoteDistError(
      `${manifestFile} is missing, so the shared chunks cannot be told from the remote's own (is this a Module Federation build?)`,
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new RemoteDistError(`${manifestFile} is not JSON: ${(error as Error).message}`);
  }
  const { files: roots } = sharedAssetsOf(manifest);
  const files = jsFilesUnder(dist);
  const missing = roots.filter((file) => !files.includes(file));
  if (missing.length > 0) {
    throw new RemoteDistError(
      `${manifestFile} lists shared chunks that are not in the dist (a stale build?): ${missing.join(', ')}`,
    );
  }
  const sources = new Map(files.map((file) => [file, readFileSync(path.join(dist, file))]));
  const imports = new Map(
    files.map((file) => [
      file,
      staticImportsOf(file, sources.get(file)!.toString('utf8')).filter((target) =>
        sources.has(target),
      ),
    ]),
  );
  const shared = sharedChunks(roots, imports);
  const measured = files
    .map((file) => ({
      file,
      rawBytes: sources.get(file)!.length,
      gzipBytes: gzipSize(sources.get(file)!),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
  const own = measured.filter((entry) => !shared.has(entry.file));
  const sharedFiles = measured.filter((entry) => shared.has(entry.file));
  const sum = (list: JsFile[]) => list.reduce((total, entry) => total + entry.gzipBytes, 0);
  return { own, shared: sharedFiles, ownGzipBytes: sum(own), sharedGzipBytes: sum(sharedFiles) };
}
