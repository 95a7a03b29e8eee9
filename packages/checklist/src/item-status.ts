/**
 * 'follow-up': started but needs more (a document missing, a later appointment);
 * 'not-applicable': the caseworker found that it does not concern the person after all.
 * Items are never deleted, so the history of the day stays readable.
 */
export const ITEM_STATUSES = ['todo', 'done', 'not-applicable', 'follow-up'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
