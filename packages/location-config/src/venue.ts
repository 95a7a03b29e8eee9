import { z } from 'zod';
import { AddressSchema } from './address.js';
import { NonEmptyText } from './text.js';

/**
 * Where the chain of meetings happens. Usually the service office (Servicekontor); some
 * locations meet in the municipality's or Arbetsförmedlingen's premises instead.
 */
export const VENUE_KINDS = [
  'service-office',
  'municipality-premises',
  'employment-service-premises',
] as const;
export const VenueKind = z.enum(VENUE_KINDS);
export type VenueKind = z.infer<typeof VenueKind>;

export const VenueSchema = z.strictObject({
  kind: VenueKind,
  name: NonEmptyText,
  address: AddressSchema,
});
export type Venue = z.infer<typeof VenueSchema>;
