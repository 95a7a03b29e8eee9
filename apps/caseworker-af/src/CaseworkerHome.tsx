import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';
import { formatIsoDate, formatSwedishLongDate } from './formatDate';

type Props = { locationId: string };

/** The caseworker's start page: who is signed in, and which day it is. */
export function CaseworkerHome({ locationId }: Props) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const headingId = useId();
  const today = new Date();

  return (
    <section className="caseworker-af" aria-labelledby={headingId}>
      {/* h2: inside the shell the page's h1 belongs to the shell. */}
      <h2 id={headingId}>Arbetsförmedlingen</h2>
      <p>
        <time dateTime={formatIsoDate(today)} data-testid="today">
          {formatSwedishLongDate(today)}
        </time>
        {' · '}
        Mötesplats <span data-testid="location-id">{locationId}</span>
      </p>
      {me.isPending ? (
        <p role="status">Hämtar inloggad handläggare…</p>
      ) : me.isError ? (
        <p role="alert" className="caseworker-af__error">
          Kunde inte hämta inloggad handläggare (auth.me): {me.error.message}
        </p>
      ) : me.data === null ? (
        <p role="alert" className="caseworker-af__error">
          Du är inte inloggad. Logga in för att se dagens besök.
        </p>
      ) : (
        <p>
          Inloggad som <strong data-testid="caseworker-name">{me.data.displayName}</strong>
        </p>
      )}
    </section>
  );
}
