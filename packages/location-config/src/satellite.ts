import { z } from 'zod';
import { MunicipalityCode } from './municipality.js';
import { NonEmptyText } from './text.js';

/** How a newcomer reaches their home municipality when it does not staff the office. */
export const HOME_CONTACT_METHODS = ['drop-in', 'booked-time'] as const;
export const HomeContactMethod = z.enum(HOME_CONTACT_METHODS);
export type HomeContactMethod = z.infer<typeof HomeContactMethod>;

export const HomeContactSchema = z.strictObject({
  method: HomeContactMethod,
  /** Where and when, in words the service office can read out or print for the newcomer. */
  text: NonEmptyText,
});
export type HomeContact = z.infer<typeof HomeContactSchema>;

/**
 * A satellite municipality (kranskommun): its newcomers are invited to this location. Either it
 * staffs the office (the newcomer meets its caseworker in the chain), or the service office tells
 * the newcomer how to contact the home municipality; `homeContact` is then required (a rule, so
 * the error names the field rather than a failed union).
 */
export const SatelliteMunicipalitySchema = z.strictObject({
  name: NonEmptyText,
  code: MunicipalityCode,
  staffsOffice: z.boolean(),
  homeContact: HomeContactSchema.optional(),
});
export type SatelliteMunicipality = z.infer<typeof SatelliteMunicipalitySchema>;
