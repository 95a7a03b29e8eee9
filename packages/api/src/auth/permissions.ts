import type { Role } from '@motesplats/contracts';

/**
 * Who may call a procedure. 'public' is an explicit, reviewed decision, never a default:
 * a procedure that declares nothing is denied (see core/procedure.ts).
 */
export type Audience = 'public' | readonly Role[];

const STAFF_AT_LOCATION = [
  'caseworker',
  'location-admin',
  'national-admin',
] as const satisfies readonly Role[];

export const PERMISSIONS = {
  /** Liveness and version; no data. */
  'system:health': 'public',
  /** Whether development login is on, so the shell can show its form. */
  'session:config': 'public',
  /** The caller's own session, or null. */
  'session:read-own': 'public',
  /** Starting a session; the handler itself refuses unless development login is enabled. */
  'session:dev-login': 'public',
  'session:logout': 'public',
  /** The list of Mötesplats locations is public information. */
  'locations:list': 'public',
  /** A location's day: households and their bookings. Personal data, scoped to the location. */
  'visits:read-day': STAFF_AT_LOCATION,
} as const satisfies Record<string, Audience>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}
