import { lazy, Suspense, useMemo } from 'react';
import type { CompositionRemote, RemoteProps } from '@motesplats/contracts';
import { useRemoteLoader } from './RemoteLoaderContext';
import { RemoteErrorBoundary } from './RemoteErrorBoundary';
import { RemoteErrorPanel } from './RemoteErrorPanel';

type Props = { remote: CompositionRemote; remoteProps: RemoteProps };

/** One remote, loaded on first render, with its own loading state and its own failure. */
export function RemoteSlot({ remote, remoteProps }: Props) {
  const loader = useRemoteLoader();
  // Memoised per remote: a new lazy() on every render would suspend forever.
  const Remote = useMemo(
    () => lazy(async () => ({ default: await loader.load(remote) })),
    [loader, remote],
  );

  return (
    <div className="remote-slot" data-testid={`remote-slot-${remote.id}`}>
      <RemoteErrorBoundary
        remoteId={remote.id}
        fallback={(error) => <RemoteErrorPanel label={remote.label.sv} error={error} />}
      >
        <Suspense fallback={<p role="status">Laddar {remote.label.sv}…</p>}>
          <Remote {...remoteProps} />
        </Suspense>
      </RemoteErrorBoundary>
    </div>
  );
}
