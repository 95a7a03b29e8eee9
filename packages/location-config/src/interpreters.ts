import { z } from 'zod';

/**
 * Interpreter languages are open-ended (ISO 639-1 or 639-3 codes: 'ar', 'prs' for Dari, 'so',
 * 'ti', 'ckb', ...), unlike the info-sheet languages: a location books whatever its newcomers speak.
 */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, {
  error: 'Expected a language code of 2 or 3 lowercase letters, e.g. ar, prs',
});

/**
 * The interpreters available on a Mötesplats day, per language. One pool for the location
 * reflects the seeds' wish: one interpreter following the person all day, not one per actor.
 */
export const InterpreterPoolEntrySchema = z.strictObject({
  language: LanguageCode,
  count: z
    .int({ error: 'Expected a whole number of interpreters' })
    .min(1, { error: 'Expected at least 1 interpreter (leave the language out otherwise)' }),
});
export type InterpreterPoolEntry = z.infer<typeof InterpreterPoolEntrySchema>;
