import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pgliteAssets, pgliteVersion } from './pglite-assets.js';
import { cachedImage } from './pglite-images.js';

/** A file-backed PGlite; creates the directory (and runs initdb) on first use. */
export async function openFilePglite(dataDir: string): Promise<PGlite> {
  await mkdir(dataDir, { recursive: true });
  return PGlite.create({ ...(await pgliteAssets()), dataDir });
}

/** An in-memory PGlite started from `image`, or from an empty database when none is given. */
export async function openMemoryPglite(image?: Blob): Promise<PGlite> {
  return PGlite.create({ ...(await pgliteAssets()), loadDataDir: image ?? (await blankImage()) });
}

/** A freshly initialised, empty database: what initdb produces. */
function blankImage(): Promise<Blob> {
  const hash = createHash('sha256').update(pgliteVersion).digest('hex').slice(0, 16);
  return cachedImage('blank', hash, async () => {
    const pg = await PGlite.create(await pgliteAssets());
    try {
      return await pg.dumpDataDir('none');
    } finally {
      await pg.close();
    }
  });
}
