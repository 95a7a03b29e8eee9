import { z } from 'zod';

/**
 * When a step (or a sub-unit of a step) applies, as data, so a local management group can
 * configure it without code. The set is closed on purpose: each condition must be answerable
 * from the household facts the tracks package receives, and a new one needs code there too.
 */
export const STEP_CONDITIONS = [
  'anyone-65-plus',
  'has-children',
  'needs-financial-assistance',
] as const;
export const StepCondition = z.enum(STEP_CONDITIONS);
export type StepCondition = z.infer<typeof StepCondition>;

/** What each condition means; the tracks package evaluates them on the visit date. */
export const STEP_CONDITION_DESCRIPTIONS: Record<StepCondition, { sv: string; en: string }> = {
  'anyone-65-plus': {
    sv: 'Någon i hushållet har fyllt 65 år',
    en: 'Someone in the household is aged 65 or over',
  },
  'has-children': {
    sv: 'Hushållet har barn under 18 år',
    en: 'The household has a child under 18',
  },
  'needs-financial-assistance': {
    sv: 'Hushållet behöver ansöka om ekonomiskt bistånd',
    en: 'The household needs to apply for financial assistance',
  },
};
