import { z } from 'zod';
import { NonEmptyText } from './text.js';

/**
 * A kommunkod is four digits (SCB's code: county + municipality). Kept as a string so a leading
 * zero ('0180') survives JSON and spreadsheets.
 */
export const MunicipalityCode = z
  .string()
  .regex(/^\d{4}$/, { error: 'Expected a municipality code (kommunkod) of exactly four digits' });

export const MunicipalitySchema = z.strictObject({
  name: NonEmptyText,
  code: MunicipalityCode,
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
