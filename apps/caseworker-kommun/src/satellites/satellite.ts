import type { LocationDetail } from '@motesplats/contracts';

/** A satellite municipality (kranskommun) as the location's configuration holds it. */
export type Satellite = LocationDetail['config']['satellites'][number];

type ContactMethod = NonNullable<Satellite['homeContact']>['method'];

export const CONTACT_METHOD_SV: Record<ContactMethod, string> = {
  'drop-in': 'Drop-in, utan tidsbokning',
  'booked-time': 'Bokad tid',
};
