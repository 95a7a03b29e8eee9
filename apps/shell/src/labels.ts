import type { Role } from '@motesplats/contracts';

/** Swedish names of the roles, as the development login shows them. */
export const ROLE_LABELS: Record<Role, string> = {
  caseworker: 'Handläggare',
  'location-admin': 'Lokal administratör',
  'national-admin': 'Nationell administratör',
  analyst: 'Analytiker',
  newcomer: 'Nyanländ',
};
