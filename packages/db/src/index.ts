export { createDatabase, type Database } from './client.js';
export { parseDatabaseUrl, DatabaseUrlError, type DatabaseLocation } from './database-url.js';
export { applyMigrations, type ApplyMigrationsResult } from './migrate/apply-migrations.js';
export { createMigration } from './migrate/create-migration.js';
export type { MigrationProject } from './migrate/migration-project.js';
export type { MigrationTarget } from './migrate/migration-target.js';
export { PrismaClient, Prisma } from './generated/prisma/client.js';
export type {
  Location,
  LocationConfigRevision,
  StaffMember,
  Household,
  Newcomer,
  NewcomerIdentifier,
  TargetGroupAssessment,
  Visit,
  AuditEvent,
  IdempotencyRecord,
  ChecklistItem,
  ConsentGrant,
  PlannedActivity,
  NewcomerAccess,
  LoginThrottle,
  PermitsGranted,
  PulseReport,
  DayPlan,
  VisitFeedback,
} from './generated/prisma/client.js';
