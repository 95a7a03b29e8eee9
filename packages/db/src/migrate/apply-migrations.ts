import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { defaultProject, readSchema, type MigrationProject } from './migration-project.js';
import type { MigrationTarget } from './migration-target.js';
import { withTarget } from './migration-target.js';
import { readMigrationsList } from './migrations-directory.js';
import { NO_FILTERS, withSchemaEngine } from './schema-engine.js';

export interface ApplyMigrationsResult {
  /** Folder names of the migrations applied now, oldest first; empty when already up to date. */
  applied: string[];
}

/**
 * Applies every pending migration, like `prisma migrate deploy`: each runs once and is recorded
 * in `_prisma_migrations`. Fails on an edited or failed migration instead of guessing.
 */
export async function applyMigrations(
  target?: MigrationTarget,
  project: MigrationProject = defaultProject,
): Promise<ApplyMigrationsResult> {
  return withTarget(target, (adapterFactory) => applyMigrationsThrough(adapterFactory, project));
}

/** applyMigrations for a connection that is not (yet) a Database. */
export async function applyMigrationsThrough(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  project: MigrationProject = defaultProject,
): Promise<ApplyMigrationsResult> {
  const [schema, migrationsList] = await Promise.all([
    readSchema(project),
    readMigrationsList(project.migrationsDir),
  ]);
  return withSchemaEngine(adapterFactory, schema, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return { applied: output.appliedMigrationNames };
  });
}
