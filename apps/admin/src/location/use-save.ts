import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocationDetail, LocationRevision } from '@motesplats/contracts';
import type { LocationConfig } from '@motesplats/location-config';
import type { AdminApi } from '../api';
import { errorCode } from './errors';

/** Someone else saved first: their version, and who and when when the history says so. */
export interface Conflict {
  latest: LocationDetail;
  revision: LocationRevision | null;
}

export interface SaveOptions {
  api: AdminApi;
  locationId: string;
  /** After a successful save: the saved location becomes the base of the next edit. */
  onSaved: (detail: LocationDetail) => void;
}

/**
 * Saving under the version the edit started from. A stale save is a CONFLICT: the draft stays
 * as it is, and the latest version (with its author from the history) is fetched to be shown,
 * so the admin decides between theirs and their own; nothing is overwritten without a click.
 */
export function useSave({ api, locationId, onSaved }: SaveOptions) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const save = useMutation({
    mutationFn: (input: { config: LocationConfig; expectedVersion: number }) =>
      api.locations.updateConfig({ locationId, ...input, idempotencyKey: crypto.randomUUID() }),
    onSuccess: (detail) => {
      setConflict(null);
      queryClient.setQueryData(['locations.get', { locationId }], detail);
      onSaved(detail);
    },
    onError: async (error) => {
      if (errorCode(error) !== 'CONFLICT') return;
      const latest = await api.locations.get({ locationId });
      const revisions = await api.locations.history({ locationId }).catch(() => []);
      setConflict({
        latest,
        revision: revisions.find((revision) => revision.version === latest.version) ?? null,
      });
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['locations.history', { locationId }] }),
  });
  return { save, conflict, clearConflict: () => setConflict(null) };
}
