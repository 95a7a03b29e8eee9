import type { ActorId } from '@motesplats/location-config';
import type { ActivityKind } from './planned-activity.js';

/**
 * - absence-overlap: sick leave or rest overlaps any other activity of the same member;
 * - double-full-time: two full-time activities (each at least FULL_TIME_HOURS) overlap;
 * - over-hours: during some period the activities add up to more than WEEKLY_HOURS_LIMIT.
 */
export const CONFLICT_RULES = ['absence-overlap', 'double-full-time', 'over-hours'] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

/** A full working week; more than this cannot all hold. */
export const WEEKLY_HOURS_LIMIT = 40;

/**
 * Full time, for the double-full-time rule: 35 hours, because full-time arrangements run from
 * about 35 (many studies and placements) to 40 hours (work, the establishment plan). Two such
 * also exceed the weekly limit; the double-full-time conflict then says it more plainly, and
 * the over-hours conflict for exactly that pair is left out as redundant.
 */
export const FULL_TIME_HOURS = 35;

export type ConflictActivity = {
  planId: string;
  actor: ActorId;
  kind: ActivityKind;
  hoursPerWeek: number;
};

/** Commitments of one member that cannot all hold during `period`. */
export type Conflict = {
  /** `${rule}:${memberId}:${planIds joined by '+'}:${period.from}`: stable across runs. */
  id: string;
  rule: ConflictRule;
  memberId: string;
  planIds: string[];
  /** The agencies behind the plans, each once, in ACTOR_IDS order. */
  actors: ActorId[];
  /** The plans involved, in planIds' order (for absence-overlap, the absence first). */
  activities: ConflictActivity[];
  /** When they clash, both days inclusive; `until` null means open-ended. */
  period: { from: string; until: string | null };
  /** The plans' hours a week together during the period. */
  totalHours: number;
  /** Message key and locale-free params, for explainConflict with any catalogue. */
  messageKey: `conflict.${ConflictRule}`;
  explanation: { sv: string; en: string };
};
