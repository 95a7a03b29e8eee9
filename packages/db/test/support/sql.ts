/** Anything that runs SQL and returns rows: a pg client, PGlite, or Prisma via a small shim. */
export type RunSql = <Row>(sql: string) => Promise<Row[]>;

export async function publicTables(run: RunSql): Promise<string[]> {
  const rows = await run<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

export async function appliedMigrations(run: RunSql): Promise<string[]> {
  const rows = await run<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

export async function migrationRowCount(run: RunSql): Promise<number> {
  const rows = await run<{ count: string | number }>(
    'SELECT count(*)::int AS count FROM _prisma_migrations',
  );
  return Number(rows[0]?.count);
}
