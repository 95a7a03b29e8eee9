import { z } from 'zod';
import { ActorId, type Composition } from '@motesplats/contracts';
import type { CatalogueEntry } from './remote-catalogue.js';

/** The part of a location's configuration that composition needs. */
const ComposableConfig = z.object({ actors: z.array(ActorId) });

export class CompositionConfigError extends Error {}

/** Pure: which remotes a location loads, given its configuration and the catalogue. */
export function composeLocation(
  location: { id: string; name: string; config: unknown },
  catalogue: readonly CatalogueEntry[],
  remotesUrl: string,
): Composition {
  const parsed = ComposableConfig.safeParse(location.config);
  if (!parsed.success) {
    throw new CompositionConfigError(
      `Location '${location.id}' has no valid actors list in its configuration`,
    );
  }
  const present = new Set(parsed.data.actors);
  return {
    location: { id: location.id, name: location.name },
    remotes: catalogue
      .filter((entry) => entry.actor === null || present.has(entry.actor))
      .map((entry) => ({ ...entry, entry: `${remotesUrl}/${entry.id}/mf-manifest.json` })),
  };
}
