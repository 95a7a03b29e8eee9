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
  /** The newcomer registry at the caseworker's own location. Personal data. */
  'newcomers:read': ['caseworker'],
  /** Registering households, recording facts and identifiers, assessing the target group. */
  'newcomers:write': ['caseworker'],
  /** A location's configuration: no personal data, but staff only, scoped to their location. */
  'locations:read': ['caseworker', 'location-admin', 'national-admin', 'analyst'],
  /** Changing a location's flow and reading its history: its own admin, or a national admin. */
  'locations:admin': ['location-admin', 'national-admin'],
  /** Every location's status against the frame, its pulse and bookings ahead: no personal data. */
  'locations:overview': ['national-admin', 'analyst'],
  /** Creating a location from a template (and listing the templates): Statens servicecenter. */
  'locations:create': ['national-admin'],
  /** The national frame in force: everyone who reads location configurations is held to it. */
  'frame:read': ['caseworker', 'location-admin', 'national-admin', 'analyst'],
  /** Changing the national frame. */
  'frame:admin': ['national-admin'],
  /** Booking a household into a Mötesplats day (the inviting agency must match the track). */
  'visits:book': ['caseworker'],
  /** Walking a visit through the day: check-in, steps, no-show, reschedule, cancel. */
  'visits:act': ['caseworker'],
  /** The caseworker's own agency queue for today. */
  'visits:queue': ['caseworker'],
  /** A visit's invitation, as data, in one of the six languages. Personal data. */
  'invitations:read': ['caseworker'],
  /** Planning a location's day with the day planner. The plan reveals households' languages. */
  'visits:plan': STAFF_AT_LOCATION,
  /** A household's checklist, consent-scoped: own agency's items, others' only under a grant. */
  'checklist:read': ['caseworker'],
  /** Updating own agency's checklist items and plans. */
  'checklist:write': ['caseworker'],
  /** Granting and revoking read access: the newcomer in their app, or at a desk with their code. */
  'consent:manage': ['newcomer', 'caseworker'],
  /** Signing in with the personal access code; rate-limited and locked out after failures. */
  'newcomer:login': 'public',
  /** The newcomer's own household: invitation, checklist, grants, feedback. */
  'newcomer:self': ['newcomer'],
  /** Printing or rotating a household's personal access code. */
  'newcomer:access-code': ['caseworker'],
  /** Who looked at a person's data: the newcomer about themselves, a national admin about anyone. */
  'audit:read': ['newcomer', 'national-admin'],
  /** Protected statistics: analysts and national admins everywhere, location admins their own. */
  'stats:read': ['analyst', 'national-admin', 'location-admin'],
  /** Entering the residence permits granted per period: the goal's denominator. */
  'stats:permits': ['national-admin'],
  /** Submitting a location's weekly pulse report. */
  'stats:pulse-submit': ['location-admin', 'national-admin'],
  /** Reading pulse reports. */
  'stats:pulse-read': ['location-admin', 'national-admin', 'analyst'],
} as const satisfies Record<string, Audience>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}
