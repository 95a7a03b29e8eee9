import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PRESET_LOCATION_ID } from './config';
import { useTRPC } from './trpc';
import { useUrlState } from './useUrlState';
import { AppHeader } from './AppHeader';
import { DevLoginForm } from './DevLoginForm';
import { SignInUnavailable } from './SignInUnavailable';
import { LocationPicker } from './LocationPicker';
import { LocationWorkspace } from './LocationWorkspace';

/** The page frame: who is signed in decides what the main area shows. */
export function Shell() {
  const trpc = useTRPC();
  const config = useQuery(trpc.auth.config.queryOptions());
  const me = useQuery(trpc.auth.me.queryOptions());
  const [url, navigate] = useUrlState();
  const user = me.data ?? null;

  let content: ReactNode;
  if (me.isPending) {
    content = <p role="status">Laddar…</p>;
  } else if (me.isError) {
    content = (
      <p role="alert" className="error-text">
        Kunde inte kontrollera inloggningen (auth.me): {me.error.message}
      </p>
    );
  } else if (user) {
    content = (
      <>
        <LocationPicker
          key={`picker:${url.location ?? ''}`}
          preferredLocationId={url.location ?? PRESET_LOCATION_ID ?? user.locationId}
          onOpen={(locationId) => navigate({ location: locationId, remote: null })}
        />
        {url.location ? (
          <LocationWorkspace
            key={`workspace:${url.location}`}
            locationId={url.location}
            user={user}
            activeRemoteId={url.remote}
            onSelectRemote={(remoteId) => navigate({ location: url.location, remote: remoteId })}
          />
        ) : null}
      </>
    );
  } else if (config.isPending) {
    content = <p role="status">Laddar…</p>;
  } else if (config.isError) {
    content = (
      <p role="alert" className="error-text">
        Kunde inte hämta inloggningsinställningar (auth.config): {config.error.message}
      </p>
    );
  } else {
    content = config.data.devLogin ? <DevLoginForm /> : <SignInUnavailable />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till huvudinnehållet
      </a>
      <AppHeader user={user} />
      <main id="main" tabIndex={-1}>
        {content}
      </main>
    </>
  );
}
