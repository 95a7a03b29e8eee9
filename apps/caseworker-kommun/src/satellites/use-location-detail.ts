import { useQuery } from '@tanstack/react-query';
import { useCaseworkerKit } from '@motesplats/caseworker-kit';

/**
 * The location's configuration. One query key for the tab and the household panel, so opening
 * a household after the tab (or the other way round) reads the cache instead of the gateway.
 */
export function useLocationDetail() {
  const { api, locationId } = useCaseworkerKit();
  return useQuery({
    queryKey: ['locations.get', { locationId }],
    queryFn: () => api.locations.get({ locationId }),
    // A configuration changes a few times a year; refetching it on every tab visit is waste.
    staleTime: 5 * 60_000,
  });
}
