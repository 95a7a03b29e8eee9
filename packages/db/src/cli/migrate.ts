// `npm run db:migrate`: applies pending migrations to the database named by DATABASE_URL.
// Exit codes: 0 done (also when nothing was pending), 1 migration failed, 2 bad DATABASE_URL.
import { DatabaseUrlError, parseDatabaseUrl, type DatabaseLocation } from '../database-url.js';
import { applyMigrations } from '../migrate/apply-migrations.js';

async function main(): Promise<number> {
  let location: DatabaseLocation;
  try {
    location = parseDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    if (!(error instanceof DatabaseUrlError)) throw error;
    console.error(error.message);
    return 2;
  }
  console.log(`Migrating ${describe(location)}`);
  const { applied } = await applyMigrations(process.env.DATABASE_URL);
  if (applied.length === 0) console.log('No pending migrations: the database is up to date.');
  for (const name of applied) console.log(`Applied ${name}`);
  return 0;
}

function describe(location: DatabaseLocation): string {
  if (location.kind === 'postgresql') {
    const url = new URL(location.url);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  }
  return location.storage === 'memory' ? 'an in-memory PGlite' : `PGlite at ${location.dataDir}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Migration failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
