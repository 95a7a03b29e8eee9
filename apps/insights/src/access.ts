import type { Role, SessionUser } from '@motesplats/contracts';

/** The roles with 'stats:read' (packages/api's permissions): aggregated statistics only. */
const STATS_ROLES: readonly Role[] = ['location-admin', 'national-admin', 'analyst'];

export function mayUseInsights(user: SessionUser | null): user is SessionUser {
  return !!user && STATS_ROLES.includes(user.role);
}

/** 'stats:pulse-submit': an analyst reads pulse reports but does not write them. */
export function maySubmitPulse(user: SessionUser): boolean {
  return user.role === 'location-admin' || user.role === 'national-admin';
}

/** A location admin's statistics are limited to their own location by the API. */
export function ownLocation(user: SessionUser): string | null {
  return user.role === 'location-admin' ? user.locationId : null;
}
