import { createHash } from 'node:crypto';
import { pgliteConnection } from '../connection.js';
import { databaseOn, type Database } from '../database.js';
import { applyMigrationsThrough } from '../migrate/apply-migrations.js';
import { readMigrationsList } from '../migrate/migrations-directory.js';
import { openMemoryPglite } from '../pglite/open-pglite.js';
import { pgliteAdapterFactory } from '../pglite/pglite-adapter-factory.js';
import { pgliteVersion } from '../pglite/pglite-assets.js';
import { cachedImage } from '../pglite/pglite-images.js';
import { migrationsDir } from '../paths.js';

/** A fresh in-memory PGlite, loaded from a migrated image rather than migrated every time. */
export async function createPgliteTestDatabase(): Promise<Database> {
  const pg = await openMemoryPglite(await migratedImage());
  return databaseOn(pgliteConnection(pg));
}

async function migratedImage(): Promise<Blob> {
  return cachedImage('migrated', await migrationsHash(), async () => {
    const pg = await openMemoryPglite();
    try {
      await applyMigrationsThrough(pgliteAdapterFactory(pg));
      return await pg.dumpDataDir('none');
    } finally {
      await pg.close();
    }
  });
}

/** Changes whenever a migration is added or edited, or PGlite (its on-disk format) changes. */
async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256').update(pgliteVersion);
  for (const migration of (await readMigrationsList(migrationsDir)).migrationDirectories) {
    const script = migration.migrationFile.content;
    hash.update(`\0${migration.path}\0${script.tag}\0${script.value}`);
  }
  return hash.digest('hex').slice(0, 16);
}
