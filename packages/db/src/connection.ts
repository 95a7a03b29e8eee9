import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { pgAdapterFactory } from './adapters/pg-adapter-factory.js';
import type { DatabaseLocation } from './database-url.js';
import { openFilePglite, openMemoryPglite } from './pglite/open-pglite.js';
import { pgliteAdapterFactory } from './pglite/pglite-adapter-factory.js';

/**
 * An open database below Prisma: the driver adapter factory that Prisma Client and the schema
 * engine both connect through, and whatever must be released when done.
 */
export interface Connection {
  kind: 'pglite' | 'postgresql';
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export async function openConnection(location: DatabaseLocation): Promise<Connection> {
  if (location.kind === 'postgresql') return serverConnection(location.url);
  const pg =
    location.storage === 'memory'
      ? await openMemoryPglite()
      : await openFilePglite(location.dataDir);
  return pgliteConnection(pg);
}

export function pgliteConnection(pg: PGlite): Connection {
  return { kind: 'pglite', adapterFactory: pgliteAdapterFactory(pg), close: () => pg.close() };
}

export function serverConnection(url: string): Connection {
  // Each adapter the factory hands out owns its pool and ends it on dispose, so there is
  // nothing left to close here.
  return {
    kind: 'postgresql',
    adapterFactory: pgAdapterFactory(url),
    close: async () => undefined,
  };
}
