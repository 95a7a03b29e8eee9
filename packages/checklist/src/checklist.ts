import type { ChecklistItem } from './checklist-item.js';

/** The personal checklist the newcomer owns and each actor fills in during the day. */
export type Checklist = {
  track: 1 | 2 | 3;
  /** The visit day the items were derived for ('YYYY-MM-DD'): ages are taken on it. */
  onDate: string;
  /** In chain order of the actors; within an actor household items first, then per member. */
  items: ChecklistItem[];
};
