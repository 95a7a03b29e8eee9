import { z } from 'zod';
import { ActorId } from './actors.js';
import { Slug } from './slug.js';
import { StepCondition } from './step-conditions.js';
import { StepMode } from './step-mode.js';
import { NonEmptyText } from './text.js';

/** Bounds of one meeting: shorter is not a meeting, longer does not fit a four-hour day. */
export const MIN_STEP_MINUTES = 5;
export const MAX_STEP_MINUTES = 240;

/**
 * A sub-unit inside one actor's meeting. The municipality, for example, meets the newcomer with
 * its labour-market unit (preschool, school, SFI) and, only when needed, with social services
 * (financial assistance). Modelled inside the step because the chain allows each actor once: the
 * newcomer is walked to "the municipality", whoever of its units sits in the room.
 */
export const StepUnitSchema = z.strictObject({
  id: Slug,
  name: NonEmptyText,
  purpose: NonEmptyText.optional(),
  condition: StepCondition.optional(),
});
export type StepUnit = z.infer<typeof StepUnitSchema>;

export const ChainStepSchema = z.strictObject({
  actor: ActorId,
  minutes: z
    .int({ error: 'Expected a whole number of minutes' })
    .min(MIN_STEP_MINUTES, { error: `Expected at least ${MIN_STEP_MINUTES} minutes` })
    .max(MAX_STEP_MINUTES, { error: `Expected at most ${MAX_STEP_MINUTES} minutes` }),
  mode: StepMode,
  /** Absent means the step applies to everyone on the track. */
  condition: StepCondition.optional(),
  /** What happens in this meeting, for the caseworkers and the info sheet. */
  note: NonEmptyText.optional(),
  units: z.array(StepUnitSchema).optional(),
});
export type ChainStep = z.infer<typeof ChainStepSchema>;

export const TrackConfigSchema = z.strictObject({
  enabled: z.boolean(),
  /** The meetings in the order the newcomer is walked through them. */
  chain: z.array(ChainStepSchema),
});
export type TrackConfig = z.infer<typeof TrackConfigSchema>;

/** All three tracks are always listed, so "not offered" is an explicit `enabled: false`. */
export const TracksSchema = z.strictObject({
  '1': TrackConfigSchema,
  '2': TrackConfigSchema,
  '3': TrackConfigSchema,
});
export type Tracks = z.infer<typeof TracksSchema>;
