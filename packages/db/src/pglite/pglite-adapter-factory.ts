import type { PGlite } from '@electric-sql/pglite';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { overrideAdapter } from '../adapters/override-adapter.js';
import { asDriverAdapterError } from '../adapters/postgres-error.js';
import { openMemoryPglite } from './open-pglite.js';

const ADAPTER_NAME = 'pglite-prisma-adapter';

/**
 * Driver adapters over PGlite for Prisma Client and the schema engine. `main` is the database to
 * connect to; without one, every connection gets its own throwaway in-memory database (enough
 * for diffing, which only needs a shadow database).
 *
 * Wraps pglite-prisma-adapter 0.7.2 to fix two things:
 * - its executeScript does not await PGlite, so a failing migration script is reported as
 *   applied and its error surfaces later as an unhandled rejection;
 * - its shadow database is an in-memory PGlite that is never closed (~130 MB each).
 */
export function pgliteAdapterFactory(main?: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: ADAPTER_NAME,
    connect: () => (main ? adapt(main, async () => undefined) : throwaway()),
    connectToShadowDb: throwaway,
  };
}

async function throwaway(): Promise<SqlDriverAdapter> {
  const pg = await openMemoryPglite();
  return adapt(pg, () => pg.close());
}

async function adapt(pg: PGlite, release: () => Promise<void>): Promise<SqlDriverAdapter> {
  // The adapter package is typed against an older @prisma/driver-adapter-utils; the runtime
  // contract is the same.
  const inner = (await new PrismaPGlite(pg).connect()) as unknown as SqlDriverAdapter;
  let released: Promise<void> | undefined;
  return overrideAdapter(inner, {
    executeScript: async (script) => {
      try {
        await pg.exec(script);
      } catch (error) {
        throw asDriverAdapterError(error);
      }
    },
    dispose: () => (released ??= release()),
  });
}
