import type { MouseEvent } from 'react';
import type { CompositionRemote } from '@motesplats/contracts';
import { hrefFor } from './useUrlState';

type Props = {
  locationId: string;
  remotes: readonly CompositionRemote[];
  /** null: the day board. */
  activeRemoteId: string | null;
  onSelect(remoteId: string | null): void;
};

/**
 * Real links (they work in a new tab and without JavaScript's help); a plain click switches in
 * place instead of reloading every remote.
 */
export function RemoteNav({ locationId, remotes, activeRemoteId, onSelect }: Props) {
  function follow(event: MouseEvent<HTMLAnchorElement>, remoteId: string | null) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onSelect(remoteId);
  }

  return (
    <nav className="remote-nav" aria-label="Tjänster på orten">
      <ul>
        <li>
          <a
            href={hrefFor({ location: locationId, remote: null })}
            aria-current={activeRemoteId === null ? 'page' : undefined}
            onClick={(event) => follow(event, null)}
          >
            Dagstavla
          </a>
        </li>
        {remotes.map((remote) => (
          <li key={remote.id}>
            <a
              href={hrefFor({ location: locationId, remote: remote.id })}
              aria-current={remote.id === activeRemoteId ? 'page' : undefined}
              onClick={(event) => follow(event, remote.id)}
            >
              {remote.label.sv}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
