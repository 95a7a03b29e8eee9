import { z } from 'zod';
import { ActorId } from './actors.js';
import { IsoDate } from './dates.js';
import {
  ACTIVITY_KINDS as ACTIVITY_KIND,
  ITEM_STATUSES as ITEM_STATUS,
} from '@motesplats/checklist';

// One source of truth: the checklist package defines the statuses and the activity kinds.
export { ACTIVITY_KIND, ITEM_STATUS };

export const ChecklistItemDto = z.object({
  id: z.string(),
  actor: ActorId,
  code: z.string(),
  memberId: z.string().nullable(),
  status: z.enum(ITEM_STATUS),
  note: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
  /** Labels in Swedish and English; the i18n catalogues carry the other languages. */
  label: z.object({ sv: z.string(), en: z.string() }),
  waiting: z.boolean(),
  /**
   * What the agency recorded besides status and note, `{}` until then. Its shape is per `code`:
   * see @motesplats/checklist's ITEM_DETAILS_SCHEMAS (and ItemDetails<code>, the value lists
   * and DETAIL_VALUE_LABELS to show it).
   */
  details: z.record(z.string(), z.unknown()),
});
export type ChecklistItemDto = z.infer<typeof ChecklistItemDto>;

export const ConflictDto = z.object({
  rule: z.string(),
  memberId: z.string(),
  actors: z.array(ActorId),
  planIds: z.array(z.string()),
  explanation: z.object({ sv: z.string(), en: z.string() }),
});

export const PlanDto = z.object({
  id: z.string(),
  memberId: z.string(),
  actor: ActorId,
  kind: z.enum(ACTIVITY_KIND),
  hoursPerWeek: z.number().int(),
  from: IsoDate,
  until: IsoDate.nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type PlanDto = z.infer<typeof PlanDto>;

/**
 * What one viewer may see of a household's checklist now. Other agencies' items appear only
 * under an active grant; otherwise only `hiddenCount` says that they exist.
 */
export const ChecklistViewDto = z.object({
  householdId: z.string(),
  track: z.number().int().nullable(),
  onDate: IsoDate.nullable(),
  members: z.array(z.object({ id: z.string(), givenName: z.string(), familyName: z.string() })),
  items: z.array(ChecklistItemDto),
  hiddenCount: z.number().int(),
  visibleActors: z.array(ActorId),
  /** Plans after the day, under the same secrecy line as the items. */
  plans: z.array(PlanDto),
  conflicts: z.array(ConflictDto),
});
export type ChecklistViewDto = z.infer<typeof ChecklistViewDto>;

export const UpdateChecklistItemInput = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }),
  itemId: z.string().min(3).max(200),
  /** The version the caseworker saw: a change made since then is a CONFLICT, never overwritten. */
  expectedVersion: z.number().int().min(1),
  status: z.enum(ITEM_STATUS),
  note: z.string().max(4000).optional(),
  /**
   * The item's whole details object: it replaces the stored one (send every field you keep).
   * Checked against the item's code (ITEM_DETAILS_SCHEMAS in @motesplats/checklist) once the
   * item is known. Left out: unchanged.
   */
  details: z.record(z.string(), z.unknown()).optional(),
});

export const UpsertPlanInput = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }),
  /** Leave out to add a plan; give it with expectedVersion to change one. */
  planId: z.uuid().optional(),
  expectedVersion: z.number().int().min(1).optional(),
  memberId: z.uuid({ message: 'expected a member id (UUID)' }),
  kind: z.enum(ACTIVITY_KIND),
  hoursPerWeek: z.number().int().min(0).max(80),
  from: IsoDate,
  until: IsoDate.optional(),
  note: z.string().max(2000).optional(),
});
