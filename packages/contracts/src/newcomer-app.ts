import { z } from 'zod';
import { InvitationLanguage } from './invitations.js';

/**
 * What the newcomer's own app asks the gateway, beyond the checklist and the consent procedures.
 * The household comes from the newcomer's session, never from the input.
 */
export const NewcomerInvitationInput = z.strictObject({ language: InvitationLanguage });

/** Feedback after the visit: a 1–5 rating and free text in the person's own language. */
export const FEEDBACK_COMMENT_MAX = 2000;
export const SubmitFeedbackInput = z.strictObject({
  rating: z
    .number({ message: 'expected a rating from 1 to 5' })
    .int('expected a whole number from 1 to 5')
    .min(1, 'expected a rating from 1 to 5')
    .max(5, 'expected a rating from 1 to 5'),
  comment: z
    .string()
    .trim()
    .max(FEEDBACK_COMMENT_MAX, `expected at most ${FEEDBACK_COMMENT_MAX} characters`)
    .default(''),
  /** The language the person wrote in (one of the six). */
  language: InvitationLanguage,
});
export type SubmitFeedbackInput = z.infer<typeof SubmitFeedbackInput>;

export const FeedbackDto = z.object({
  id: z.string(),
  visitId: z.string().nullable(),
  rating: z.number().int().min(1).max(5),
  comment: z.string(),
  language: InvitationLanguage,
  createdAt: z.string(),
});
export type FeedbackDto = z.infer<typeof FeedbackDto>;
