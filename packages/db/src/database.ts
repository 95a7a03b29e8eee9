import type { Connection } from './connection.js';
import { PrismaClient } from './generated/prisma/client.js';

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

// applyMigrations(database) must reach the very connection behind a Database (an in-memory
// PGlite exists nowhere else), without putting driver internals on the public type.
const connections = new WeakMap<Database, Connection>();

/** Wraps an open connection in Prisma Client. `afterClose` runs once the connection is closed. */
export function databaseOn(
  connection: Connection,
  afterClose: () => Promise<void> = async () => undefined,
): Database {
  const prisma = new PrismaClient({ adapter: connection.adapterFactory });
  let closing: Promise<void> | undefined;
  const close = async () => {
    await prisma.$disconnect();
    await connection.close();
    await afterClose();
  };
  const database: Database = {
    prisma,
    kind: connection.kind,
    close: () => (closing ??= close()),
  };
  connections.set(database, connection);
  return database;
}

export function connectionOf(database: Database): Connection | undefined {
  return connections.get(database);
}
