import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// A PGlite image is a dumped data directory (a tarball). Loading one takes ~0.3 s where initdb
// takes ~2 s, and loading a migrated one also skips the migrations. Images are kept in memory for
// the process and on disk for the next process (every vitest worker is a new process).

// Per user and private: tmpdir is shared, and an image is loaded as a database without checks.
const cacheDir = path.join(os.tmpdir(), `motesplats-db-images-${process.getuid?.() ?? 'user'}`);
const inProcess = new Map<string, Promise<Blob>>();

/**
 * The image named `kind`-`hash`, built by `build` when neither this process nor the disk has it.
 * `hash` must change whenever the image would (PGlite version, migrations).
 */
export function cachedImage(kind: string, hash: string, build: () => Promise<Blob>): Promise<Blob> {
  const name = `${kind}-${hash}`;
  let image = inProcess.get(name);
  if (!image) {
    image = readFromDisk(name).then((found) => found ?? buildAndStore(kind, name, build));
    // A failed build must not poison the cache for the rest of the process.
    image.catch(() => inProcess.delete(name));
    inProcess.set(name, image);
  }
  return image;
}

async function readFromDisk(name: string): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(path.join(cacheDir, `${name}.tar`))]);
  } catch {
    return undefined;
  }
}

async function buildAndStore(kind: string, name: string, build: () => Promise<Blob>) {
  const image = await build();
  // The disk copy is only an optimisation: a read-only or full tmpdir must not fail the caller.
  await storeOnDisk(kind, name, image).catch(() => undefined);
  return image;
}

async function storeOnDisk(kind: string, name: string, image: Blob): Promise<void> {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const final = path.join(cacheDir, `${name}.tar`);
  // Write then rename, so a parallel reader never sees half a tarball.
  const partial = `${final}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
  await writeFile(partial, new Uint8Array(await image.arrayBuffer()));
  await rename(partial, final);
  await pruneStale(kind, name);
}

/** Older images of the same kind (earlier migrations, older PGlite) are dead weight: ~40 MB each. */
async function pruneStale(kind: string, keep: string): Promise<void> {
  for (const file of await readdir(cacheDir)) {
    if (file.startsWith(`${kind}-`) && file.endsWith('.tar') && file !== `${keep}.tar`) {
      await rm(path.join(cacheDir, file), { force: true });
    }
  }
}
