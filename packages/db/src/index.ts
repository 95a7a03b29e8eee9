export { createDatabase, type Database } from './client.js';
export { parseDatabaseUrl, DatabaseUrlError, type DatabaseLocation } from './database-url.js';
export { applyMigrations, type ApplyMigrationsResult } from './migrate/apply-migrations.js';
export { createMigration } from './migrate/create-migration.js';
export type { MigrationProject } from './migrate/migration-project.js';
export type { MigrationTarget } from './migrate/migration-target.js';
export { PrismaClient, Prisma } from './generated/prisma/client.js';
export type {
  Location,
  StaffMember,
  Household,
  Newcomer,
  Visit,
  AuditEvent,
  IdempotencyRecord,
} from './generated/prisma/client.js';
