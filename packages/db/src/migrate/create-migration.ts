import { pgliteAdapterFactory } from '../pglite/pglite-adapter-factory.js';
import { migrationFolderName } from './migration-folder-name.js';
import { defaultProject, readSchema, type MigrationProject } from './migration-project.js';
import { readMigrationsList, writeMigration } from './migrations-directory.js';
import { NO_FILTERS, withSchemaEngine } from './schema-engine.js';

/** `diff` reports this exit code when the two sides differ (with `exitCode: true`). */
const DIFF_NOT_EMPTY = 2;

/**
 * Writes a new migration with the SQL that takes the existing migrations to the current schema,
 * like `prisma migrate dev --create-only`. Returns the new folder, or null when the schema has
 * no changes (no empty migration is written).
 *
 * The engine replays the existing migrations into a throwaway in-memory PGlite (its shadow
 * database), so no real database is needed or touched. SQL the schema does not model, such as
 * the AuditEvent trigger, is therefore never proposed for removal.
 */
export async function createMigration(
  name: string,
  project: MigrationProject = defaultProject,
): Promise<string | null> {
  const [schema, migrationsList] = await Promise.all([
    readSchema(project),
    readMigrationsList(project.migrationsDir),
  ]);
  const script = await withSchemaEngine(pgliteAdapterFactory(), schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    if (result.exitCode !== DIFF_NOT_EMPTY) return null;
    if (!result.stdout) throw new Error('The schema engine reported changes but no SQL');
    return result.stdout;
  });
  if (script === null) return null;
  const newest = migrationsList.migrationDirectories.at(-1)?.path;
  return writeMigration(project.migrationsDir, migrationFolderName(name, newest), script);
}
