import { createDatabase, DatabaseUrlError, type Database } from '@motesplats/db';

/**
 * Runs a command-line tool's work against the database at DATABASE_URL and closes it again. A
 * bad DATABASE_URL exits with code 2 and its message, like the gateway's settings do.
 */
export async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  try {
    const db = await createDatabase(process.env.DATABASE_URL);
    try {
      await work(db);
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof DatabaseUrlError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
