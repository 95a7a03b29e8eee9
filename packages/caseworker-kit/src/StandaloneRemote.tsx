import type { ComponentType } from 'react';
import type { RemoteProps } from '@motesplats/contracts';

export interface StandaloneRemoteProps {
  /** The remote's exposed module, as the shell would load it. */
  App: ComponentType<RemoteProps>;
  /** The agency's Swedish name, for the page heading, e.g. 'Migrationsverket'. */
  title: string;
}

/**
 * The page an agency remote's main.tsx renders when the team runs it without the shell
 * (`npm run dev`). The remote talks to the gateway through Vite's proxy at /trpc, and
 * ?location=<id> picks the location, as the shell's own setting does. The h1 is here because in
 * the shell the page's h1 belongs to the shell, so the remote itself starts at h2.
 */
export function StandaloneRemote({ App, title }: StandaloneRemoteProps) {
  const locationId = new URLSearchParams(window.location.search).get('location') ?? 'demo';
  return (
    <main>
      <h1>{`Mötesplats – ${title} (fristående utvecklingsläge)`}</h1>
      <App trpcUrl="/trpc" locationId={locationId} />
    </main>
  );
}
