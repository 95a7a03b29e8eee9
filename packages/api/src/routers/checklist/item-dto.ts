import type { ChecklistItem as ItemRow } from '@motesplats/db';
import { ITEM_LABELS, type ChecklistItem } from '@motesplats/checklist';
import type { ChecklistItemDto } from '@motesplats/contracts';

/** A JSON column's value as an object: anything else (never written by the API) reads as `{}`. */
export function detailsOf(json: ItemRow['details']): ChecklistItem['details'] {
  return typeof json === 'object' && json !== null && !Array.isArray(json)
    ? (json as ChecklistItem['details'])
    : {};
}

/** A stored row as the checklist package's item: exactly its columns, no household or visit. */
export function itemOfRow(row: ItemRow): ChecklistItem {
  return {
    id: row.itemKey,
    actor: row.actor as ChecklistItem['actor'],
    code: row.code as ChecklistItem['code'],
    memberId: row.memberId,
    status: row.status as ChecklistItem['status'],
    note: row.note,
    // The column defaults to the creation time; the contract's updatedAt means "last changed".
    updatedAt: row.updatedBy ? row.updatedAt.toISOString() : null,
    updatedBy: row.updatedBy,
    version: row.version,
    details: detailsOf(row.details),
  };
}

/**
 * An item as every procedure returns it. The one mapping to ChecklistItemDto, so a new column
 * (like `details`) reaches every caller at once. Fields are picked, never spread: a view item's
 * extra fields stay out of the response.
 */
export function itemDto(item: ChecklistItem, waiting: boolean): ChecklistItemDto {
  return {
    id: item.id,
    actor: item.actor,
    code: item.code,
    memberId: item.memberId,
    status: item.status,
    note: item.note,
    updatedAt: item.updatedAt,
    updatedBy: item.updatedBy,
    version: item.version,
    label: ITEM_LABELS[item.code],
    waiting,
    details: item.details,
  };
}
