import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openConnection } from '../connection.js';
import { parseDatabaseUrl } from '../database-url.js';
import { connectionOf, type Database } from '../database.js';

/**
 * The database to migrate: an open Database (migrated through its own connection, the only way
 * to reach an in-memory PGlite), or a DATABASE_URL value. Omitted means the DATABASE_URL
 * environment variable, as for createDatabase.
 */
export type MigrationTarget = Database | string | undefined;

/** Runs `use` with an adapter factory for `target`, closing the connection if it opened one. */
export async function withTarget<T>(
  target: MigrationTarget,
  use: (adapterFactory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  if (typeof target === 'object') {
    const connection = connectionOf(target);
    if (!connection) throw new Error('applyMigrations: this Database is closed or foreign');
    return use(connection.adapterFactory);
  }
  const connection = await openConnection(parseDatabaseUrl(target ?? process.env.DATABASE_URL));
  try {
    return await use(connection.adapterFactory);
  } finally {
    await connection.close();
  }
}
