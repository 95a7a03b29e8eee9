import { ActorId, TimeOfDay } from '@motesplats/location-config';
import { IsoDateSchema } from '@motesplats/target-group';
import { z } from 'zod';
import { TimestampSchema } from './timestamp.js';

export const StaffSchema = z.strictObject({
  actor: ActorId,
  caseworkerId: z.string().regex(/\S/, { error: 'Expected a caseworker id' }),
});

/** Every event says when it happened and who did it: each change of a visit is attributable. */
const base = { at: TimestampSchema, by: StaffSchema };

/**
 * Step events name the step twice, by index and by its actor: a stale or mis-clicked screen then
 * gets WRONG_ACTOR or UNKNOWN_STEP instead of acting on a step the caseworker did not mean.
 * The index is any integer so that an out-of-range one is UNKNOWN_STEP, not malformed input.
 */
const stepRef = { step: z.int({ error: 'Expected a step index' }), actor: ActorId };

export const VisitEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('book'), ...base, date: IsoDateSchema, time: TimeOfDay }),
  z.strictObject({ type: z.literal('reschedule'), ...base, date: IsoDateSchema, time: TimeOfDay }),
  z.strictObject({ type: z.literal('check-in'), ...base }),
  z.strictObject({ type: z.literal('start-step'), ...base, ...stepRef }),
  z.strictObject({ type: z.literal('complete-step'), ...base, ...stepRef }),
  // The reason is optional here so that a missing one is REASON_REQUIRED, not INVALID_INPUT.
  z.strictObject({
    type: z.literal('skip-step'),
    ...base,
    ...stepRef,
    reason: z.string().optional(),
  }),
  z.strictObject({ type: z.literal('no-show'), ...base }),
  z.strictObject({ type: z.literal('cancel'), ...base, reason: z.string().optional() }),
]);
export type VisitEvent = z.infer<typeof VisitEventSchema>;
export type VisitEventType = VisitEvent['type'];
export const VISIT_EVENT_TYPES = [
  'book',
  'reschedule',
  'check-in',
  'start-step',
  'complete-step',
  'skip-step',
  'no-show',
  'cancel',
] as const satisfies readonly VisitEventType[];
