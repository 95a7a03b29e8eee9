// @motesplats/db/testing: databases for tests.
import type { Database } from './database.js';
import { createPgliteTestDatabase } from './testing/pglite-test-database.js';
import { createPostgresTestDatabase } from './testing/postgres-test-database.js';

export type { Database } from './database.js';

/**
 * A fresh, fully migrated database of its own: an in-memory PGlite, or, when TEST_POSTGRES_URL
 * names a PostgreSQL server, a new database created there (and dropped again by close()).
 * Always close() it: an in-memory PGlite holds ~130 MB until then.
 */
export function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_POSTGRES_URL?.trim();
  return serverUrl ? createPostgresTestDatabase(serverUrl) : createPgliteTestDatabase();
}
