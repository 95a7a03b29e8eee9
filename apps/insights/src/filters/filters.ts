import { todayInSweden, type SessionUser, type Track } from '@motesplats/contracts';
import { ownLocation } from '../access';

/** What every view is filtered by; kept in the dashboard's state, not in the URL. */
export interface Filters {
  from: string;
  to: string;
  /** null: all locations (never for a location admin). */
  locationId: string | null;
  track: Track | null;
}

/** The first year with Mötesplats statistics: the assignment began 2016-07-28. */
export const FIRST_YEAR = 2016;

export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** This year so far is the default; a location admin starts (and stays) at their location. */
export function defaultFilters(user: SessionUser, today = todayInSweden()): Filters {
  return {
    ...yearPeriod(Number(today.slice(0, 4))),
    locationId: ownLocation(user),
    track: null,
  };
}

/** The filter as the statistics procedures and the export route take it. */
export function filterInput(filters: Filters) {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.locationId ? { locationId: filters.locationId } : {}),
    ...(filters.track ? { track: filters.track } : {}),
  };
}

/** Both dates given and in order: otherwise no view asks the API. */
export function isComplete(filters: Filters): boolean {
  return !!filters.from && !!filters.to && filters.from <= filters.to;
}
