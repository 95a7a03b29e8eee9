import { z } from 'zod';
import { NonEmptyText } from './text.js';

/**
 * A Swedish postal address. `directions` exists because the seeds report newcomers going to the
 * wrong building first: the invitation should say how to find the entrance, not only the street.
 */
export const AddressSchema = z.strictObject({
  street: NonEmptyText,
  postalCode: z
    .string()
    .regex(/^\d{3} \d{2}$/, { error: 'Expected a Swedish postal code written as "NNN NN"' }),
  city: NonEmptyText,
  directions: NonEmptyText.optional(),
});
export type Address = z.infer<typeof AddressSchema>;
