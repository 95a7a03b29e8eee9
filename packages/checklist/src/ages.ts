import { ADULT_AGE, PENSION_AGE } from '@motesplats/tracks';

/**
 * Age bands that decide items, in whole years on the visit day (target-group's `ageOn`).
 * Adult and pension ages are tracks' constants, so the chain and the checklist agree on who
 * meets Pensionsmyndigheten and who counts as a child.
 */
export { ADULT_AGE, PENSION_AGE };

/** Arbetsförmedlingen's establishment assignment covers 18–64 (target group). */
export const WORKING_AGE = { min: ADULT_AGE, max: PENSION_AGE - 1 } as const;

/**
 * Preschool from 1 (the right to a place starts at one year) to 5; school (förskoleklass and
 * compulsory school) 6–15. An approximation by age on the day: the school year really starts
 * in the autumn term of the year a child turns 6. Confirm locally before relying on it.
 */
export const PRESCHOOL_AGE = { min: 1, max: 5 } as const;
export const SCHOOL_AGE = { min: 6, max: 15 } as const;

/**
 * SFI from 18 with no upper bound: the law sets none, and a 70-year-old relative may study
 * Swedish. 16–17-year-olds go to upper secondary school's language introduction instead,
 * which is not one of the registrations made at a Mötesplats.
 */
export const SFI_MIN_AGE = ADULT_AGE;

export function inBand(age: number, band: { min: number; max: number }): boolean {
  return age >= band.min && age <= band.max;
}
