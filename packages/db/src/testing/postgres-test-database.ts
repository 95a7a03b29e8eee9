import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { serverConnection } from '../connection.js';
import { databaseOn, type Database } from '../database.js';
import { applyMigrations } from '../migrate/apply-migrations.js';

/**
 * A brand-new database on the server at `serverUrl`, migrated, and dropped again by close().
 * The name is random so parallel test workers never meet.
 */
export async function createPostgresTestDatabase(serverUrl: string): Promise<Database> {
  const name = `motesplats_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  // FORCE: a test that forgot to finish a transaction must not keep its database alive.
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const database = databaseOn(serverConnection(withDatabaseName(serverUrl, name)), drop);
  try {
    await applyMigrations(database);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
  return database;
}

function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
