import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { RemoteProps, SessionUser } from '@motesplats/contracts';
import { DayBoardHome } from './DayBoardHome';
import { fetchComposition } from './composition';
import { TRPC_URL } from './config';
import { useRemoteLoader } from './RemoteLoaderContext';
import { RemoteNav } from './RemoteNav';
import { RemoteSlot } from './RemoteSlot';

type Props = {
  locationId: string;
  user: SessionUser;
  /** null: the day board, the home page. */
  activeRemoteId: string | null;
  onSelectRemote(remoteId: string | null): void;
};

/** One location: its composition decides which remotes exist; one of them is shown at a time. */
export function LocationWorkspace({ locationId, user, activeRemoteId, onSelectRemote }: Props) {
  const loader = useRemoteLoader();
  const headingId = useId();
  const composition = useQuery({
    queryKey: ['composition', locationId],
    queryFn: async () => {
      const result = await fetchComposition(locationId);
      // Registered before any slot renders, so loadRemote always finds its remote.
      loader.register(result.remotes);
      return result;
    },
  });
  const remoteProps = useMemo<RemoteProps>(() => ({ trpcUrl: TRPC_URL, locationId }), [locationId]);

  if (composition.isPending) return <p role="status">Hämtar tjänster för orten…</p>;
  if (composition.isError) {
    return (
      <p role="alert" className="error-text">
        Kunde inte hämta tjänsterna för orten ({locationId}): {composition.error.message}
      </p>
    );
  }

  const { location } = composition.data;
  // A remote meant for other roles (the admin remote for a caseworker) is left out of the nav.
  const remotes = composition.data.remotes.filter(
    (remote) => !remote.audience || remote.audience.includes(user.role),
  );
  const active = remotes.find((remote) => remote.id === activeRemoteId) ?? null;

  return (
    <section className="workspace" aria-labelledby={headingId}>
      <h2 id={headingId} data-testid="location-name">
        {location.name}
      </h2>
      <RemoteNav
        locationId={location.id}
        remotes={remotes}
        activeRemoteId={active?.id ?? null}
        onSelect={onSelectRemote}
      />
      {active ? (
        // Keyed: switching remotes starts a fresh boundary instead of inheriting an error.
        <RemoteSlot key={active.id} remote={active} remoteProps={remoteProps} />
      ) : (
        <DayBoardHome locationId={location.id} user={user} />
      )}
      {remotes.length === 0 ? <p>Inga tjänster är konfigurerade för den här orten.</p> : null}
    </section>
  );
}
