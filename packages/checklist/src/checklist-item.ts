import { ActorId } from '@motesplats/location-config';
import { TimestampSchema } from '@motesplats/tracks';
import { z } from 'zod';
import { ITEM_CODES } from './item-codes.js';
import { ITEM_STATUSES } from './item-status.js';

/**
 * One thing the person must get done at one actor. Exactly the stored columns (the database's
 * ChecklistItem, without the household and visit keys): everything else is derived from `code`
 * through ITEM_CATALOGUE, so an item read back from storage needs no extra fields.
 */
export const ChecklistItemSchema = z.strictObject({
  /** `${actor}:${code}:${memberId ?? 'household'}`: rebuilding a checklist gives the same ids. */
  id: z.string().min(1),
  actor: ActorId,
  code: z.enum(ITEM_CODES),
  /** The member it concerns, or null for a household item. */
  memberId: z.string().min(1).nullable(),
  status: z.enum(ITEM_STATUSES),
  /** The caseworker's free text (and, for the home-municipality contact, where and when). */
  note: z.string().max(4000),
  /** ISO timestamp of the last change; null while nobody has touched the item. */
  updatedAt: TimestampSchema.nullable(),
  /** The caseworker id of the last change; null while nobody has touched the item. */
  updatedBy: z.string().min(1).nullable(),
  /** 1 when created; the API adds 1 per accepted write and refuses a stale one. */
  version: z.number().int().min(1),
  /**
   * What the agency recorded besides status and note; `{}` when created (and when left out).
   * Its shape is per code (ITEM_DETAILS_SCHEMAS) and is checked when written. Here it is only a
   * JSON object, so one stored row written under an older schema never makes the whole list
   * unreadable. Parsing copies it deeply, so a view shares no array with the stored item.
   */
  details: z.record(z.string(), z.json()).default({}),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** The deterministic id, also the natural key (household, actor, code, member) in storage. */
export function itemId(actor: ActorId, code: string, memberId: string | null): string {
  return `${actor}:${code}:${memberId ?? 'household'}`;
}
