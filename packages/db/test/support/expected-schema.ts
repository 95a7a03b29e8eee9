import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The tables the migrations create: one per model. */
export const MODEL_TABLES = [
  'AuditEvent',
  'ChecklistItem',
  'ConsentGrant',
  'DayPlan',
  'Household',
  'IdempotencyRecord',
  'Location',
  'LocationConfigRevision',
  'LoginThrottle',
  'NationalFrame',
  'NationalFrameRevision',
  'Newcomer',
  'NewcomerAccess',
  'NewcomerIdentifier',
  'PermitsGranted',
  'PlannedActivity',
  'PulseReport',
  'StaffMember',
  'TargetGroupAssessment',
  'Visit',
  'VisitFeedback',
];

/** The migration folders in the repository, oldest first. */
export const MIGRATION_NAMES = readdirSync(
  path.resolve(import.meta.dirname, '../../prisma/migrations'),
  { withFileTypes: true },
)
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
