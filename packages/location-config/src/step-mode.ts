import { z } from 'zod';

/**
 * How an actor meets the newcomer during the visit. 'video' is the digital meeting the seeds ask
 * for: an actor that is not physically at the venue joins by video, so it need not be present.
 */
export const STEP_MODES = ['in-person', 'video'] as const;
export const StepMode = z.enum(STEP_MODES);
export type StepMode = z.infer<typeof StepMode>;
