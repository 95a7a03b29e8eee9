import { openConnection } from './connection.js';
import { parseDatabaseUrl } from './database-url.js';
import { databaseOn, type Database } from './database.js';

export type { Database } from './database.js';

/**
 * Opens the database named by `url`, a DATABASE_URL value (see parseDatabaseUrl); when `url` is
 * omitted, by the DATABASE_URL environment variable. Does not migrate: run applyMigrations.
 */
export async function createDatabase(url?: string): Promise<Database> {
  const location = parseDatabaseUrl(url ?? process.env.DATABASE_URL);
  const database = await databaseOn(await openConnection(location));
  try {
    // Fail here, at start-up, rather than on the first request.
    await database.prisma.$connect();
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  return database;
}
