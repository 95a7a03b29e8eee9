import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * The shell's navigation state lives in the query string, so a reload or a shared link opens the
 * same place: /?location=<locationId>&remote=<remoteId>. `remote` is left out for the day board, the home page.
 */
export type UrlState = { location: string | null; remote: string | null };

const NAVIGATE_EVENT = 'motesplats:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// A string snapshot is stable between calls, as useSyncExternalStore requires.
const getSearch = () => window.location.search;

/** The href for a state, kept on the current path so the SPA fallback path does not matter. */
export function hrefFor(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.location) params.set('location', state.location);
  if (state.location && state.remote) params.set('remote', state.remote);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

export function useUrlState(): [UrlState, (next: UrlState) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = useMemo<UrlState>(() => {
    const params = new URLSearchParams(search);
    return { location: params.get('location') || null, remote: params.get('remote') || null };
  }, [search]);
  const navigate = useCallback((next: UrlState) => {
    window.history.pushState(null, '', hrefFor(next));
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);
  return [state, navigate];
}
