import { ActorId } from '@motesplats/location-config';
import { z } from 'zod';

/**
 * Who is looking, as the API's session establishes it:
 * - newcomer: the person who owns the checklist (their household, through the personal code);
 * - caseworker: one agency's caseworker; `presentToday` is true when the API has established
 *   that this caseworker works at the household's Mötesplats day (the 'all-present-today' grant);
 * - analyst: aggregated statistics only.
 * Strict objects: a misspelt `presentToday` must not silently mean "not present".
 */
export const ViewerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('newcomer') }),
  z.strictObject({
    kind: z.literal('caseworker'),
    actor: ActorId,
    caseworkerId: z.string().regex(/\S/, { error: 'Expected a non-blank caseworker id' }),
    presentToday: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('analyst') }),
]);
export type Viewer = z.infer<typeof ViewerSchema>;
export const VIEWER_KINDS = ['newcomer', 'caseworker', 'analyst'] as const;
