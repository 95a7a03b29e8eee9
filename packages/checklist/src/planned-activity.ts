import { ActorId } from '@motesplats/location-config';
import { IsoDateSchema } from '@motesplats/target-group';
import { z } from 'zod';

/** What an agency plans for a member: the action plans that may contradict one another (seed 004). */
export const ACTIVITY_KINDS = [
  'studies',
  'sfi',
  'work',
  'work-placement',
  'job-search',
  'sick-leave',
  'rest',
  'parental-leave',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Absences: while one holds, the person is not to take part in anything else. Parental leave is
 * not one: it can be taken part-time, so it counts as hours like any commitment instead.
 */
export const ABSENCE_KINDS: readonly ActivityKind[] = ['sick-leave', 'rest'];

export function isAbsence(kind: ActivityKind): boolean {
  return ABSENCE_KINDS.includes(kind);
}

const Id = z.string().regex(/\S/, { error: 'Expected a non-blank id' }).max(200);

/**
 * One planned activity. Dates are calendar days and both ends are inclusive: a plan "until
 * 30 June" covers 30 June. No `until` (or null) means open-ended. Unknown fields (a stored
 * row's householdId, note, version) are ignored.
 */
export const PlannedActivitySchema = z
  .object({
    id: Id,
    memberId: Id,
    actor: ActorId,
    kind: z.enum(ACTIVITY_KINDS),
    /** Whole hours a week, as stored; 168 is every hour of the week. */
    hoursPerWeek: z.number().int().min(0).max(168),
    from: IsoDateSchema,
    until: IsoDateSchema.nullable().optional(),
  })
  .refine((p) => p.until === null || p.until === undefined || p.until >= p.from, {
    error: 'Expected until on or after from',
    path: ['until'],
  });
export type PlannedActivity = z.input<typeof PlannedActivitySchema>;
