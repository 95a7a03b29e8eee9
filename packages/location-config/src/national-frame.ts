import { z } from 'zod';
import { ActorId } from './actors.js';
import { deepFreeze } from './deep-freeze.js';
import { InfoSheetLanguage } from './info-sheet-languages.js';
import { Slug } from './slug.js';

/**
 * The national frame (nationellt ramverk): since 2018 local management groups may adapt the
 * chain (order, actors, local variations), but within limits set nationally. The limits are
 * data, so the national admin (Statens servicecenter) can change them without a release.
 */
export const NationalFrameSchema = z.strictObject({
  id: Slug,
  /** Per track, the actors every enabled track must include as a step that applies to everyone. */
  requiredActors: z.strictObject({
    '1': z.array(ActorId),
    '2': z.array(ActorId),
    '3': z.array(ActorId),
  }),
  /** The whole chain, every step counted, must fit the "about four hours" of a Mötesplats day. */
  maxChainMinutes: z.int().min(5),
  /** Actors whose step must be in person in every enabled track. */
  inPersonOnly: z.array(ActorId),
  /** Languages every location must offer the info sheet in. */
  requiredInfoSheetLanguages: z.array(InfoSheetLanguage),
});
export type NationalFrame = z.infer<typeof NationalFrameSchema>;

/**
 * The default frame. Its choices, to be confirmed by the national steering group:
 * - AF and SKV in every enabled track: establishment (AF) and population registration (SKV) are
 *   what every newcomer needs on day one; spår 1 adds MV, whose notification defines it.
 * - 300 minutes: the seeds promise "about four hours"; five leaves room for local variation.
 * - MV in person: the decision notification is the anchor of the day, and the seeds describe it
 *   only as a meeting in person.
 * - The info sheet in Swedish at least; the national sheet exists in six languages.
 */
export const DEFAULT_NATIONAL_FRAME: NationalFrame = deepFreeze({
  id: 'national-default',
  requiredActors: { '1': ['mv', 'af', 'skv'], '2': ['af', 'skv'], '3': ['af', 'skv'] },
  maxChainMinutes: 300,
  inPersonOnly: ['mv'],
  requiredInfoSheetLanguages: ['sv'],
});
