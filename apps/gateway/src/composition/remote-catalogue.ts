import type { ActorId, CompositionRemote } from '@motesplats/contracts';

/** A microfrontend this platform knows how to load. `id` is also its folder under apps/. */
export type CatalogueEntry = Omit<CompositionRemote, 'entry'>;

/**
 * Every remote that exists. A location loads the ones whose actor is present there; a remote
 * with no actor (admin, insights) is loaded everywhere its role needs it.
 */
export const REMOTE_CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'caseworker-af',
    scope: 'caseworker_af',
    module: './App',
    actor: 'af' satisfies ActorId,
    label: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
  },
];
