import { z } from 'zod';
import { ActorId } from '@motesplats/location-config';
import type { CatalogueEntry } from './remote-catalogue.js';

/** The part of a location's configuration that composition reads. */
const ComposableConfig = z.object({ actors: z.array(ActorId) });

export class CompositionConfigError extends Error {
  override name = 'CompositionConfigError';
}

export type ComposedRemote = CatalogueEntry & {
  /** URL of the remote's mf-manifest.json. */
  entry: string;
};

export type LocationComposition = {
  location: { id: string; name: string };
  remotes: ComposedRemote[];
};

/**
 * Which remotes a location loads: those of the actors present there (in catalogue order) and
 * those of no actor. `remotesUrl` is where remotes live, e.g. '/remotes' behind the gateway or
 * './remotes' in a composed static deployment. `entryOverrides` (remote id -> manifest URL)
 * points a remote at its own team's server instead.
 */
export function composeLocation(
  location: { id: string; name: string; config: unknown },
  catalogue: readonly CatalogueEntry[],
  remotesUrl: string,
  entryOverrides: Readonly<Record<string, string>> = {},
): LocationComposition {
  const parsed = ComposableConfig.safeParse(location.config);
  if (!parsed.success) {
    throw new CompositionConfigError(
      `Location '${location.id}' has no valid actors list in its configuration`,
    );
  }
  const present = new Set(parsed.data.actors);
  const base = remotesUrl.replace(/\/+$/, '');
  return {
    location: { id: location.id, name: location.name },
    remotes: catalogue
      .filter((entry) => entry.actor === null || present.has(entry.actor))
      .map((entry) => ({
        ...entry,
        entry: entryOverrides[entry.id] ?? `${base}/${entry.id}/mf-manifest.json`,
      })),
  };
}
