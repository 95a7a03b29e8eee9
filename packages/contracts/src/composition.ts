import { z } from 'zod';
import { ActorId } from './actors.js';
import { LocationId } from './location.js';
import { Role } from './roles.js';

/**
 * One microfrontend a location loads. `scope` is the Module Federation name of the remote;
 * `entry` is the URL of its mf-manifest.json; `module` is what it exposes, e.g. './App'.
 */
export const CompositionRemote = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  scope: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  entry: z.string().min(1),
  module: z.string().startsWith('./'),
  actor: ActorId.nullable(),
  /** The staff roles the shell lists this remote for; left out: every staff role. */
  audience: z.array(Role).optional(),
  label: z.object({ sv: z.string(), en: z.string() }),
});
export type CompositionRemote = z.infer<typeof CompositionRemote>;

/** The answer of GET /api/composition/:location: which remotes that location loads. */
export const Composition = z.object({
  location: z.object({ id: LocationId, name: z.string() }),
  remotes: z.array(CompositionRemote),
});
export type Composition = z.infer<typeof Composition>;

/** What the shell hands every remote it mounts. Remotes talk to the gateway themselves, over HTTP. */
export type RemoteProps = {
  /** Base URL of the gateway's tRPC endpoint, e.g. '/trpc' or 'https://gateway.example/trpc'. */
  trpcUrl: string;
  locationId: string;
};
