import { z } from 'zod';
import { Composition } from '@motesplats/contracts';
import { COMPOSITION_URL, gatewayUrl } from './config';
import { HttpError } from './trpc';

/**
 * A location's composition: from the static file runtime-config.js names (a composed
 * deployment), else from the gateway's GET /api/composition/:location.
 */
export function fetchComposition(
  locationId: string,
  compositionUrl: string | null = COMPOSITION_URL,
): Promise<Composition> {
  return compositionUrl
    ? fetchStaticComposition(locationId, compositionUrl)
    : fetchGatewayComposition(locationId);
}

/** GET /api/composition/:location, validated: a bad manifest must fail here, not inside a remote. */
export async function fetchGatewayComposition(locationId: string): Promise<Composition> {
  const response = await fetch(gatewayUrl(`/api/composition/${encodeURIComponent(locationId)}`), {
    credentials: 'include',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) {
    const reason = await response
      .json()
      .then((body: unknown) => (body as { message?: unknown }).message)
      .catch(() => undefined);
    const detail = typeof reason === 'string' ? reason : response.statusText;
    throw new HttpError(
      response.status === 404
        ? `Orten "${locationId}" finns inte (${detail})`
        : `HTTP ${response.status}: ${detail}`,
      response.status,
    );
  }
  return validated(await response.json());
}

/**
 * A composed deployment's composition.json (absolute URL). It describes one location; its remotes'
 * entries (e.g. './remotes/caseworker-af/mf-manifest.json') are relative to the file, so they are
 * made absolute against its URL here.
 */
export async function fetchStaticComposition(
  locationId: string,
  compositionUrl: string,
): Promise<Composition> {
  const response = await fetch(compositionUrl, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new HttpError(
      `Sammansättningen ${compositionUrl} kunde inte hämtas (HTTP ${response.status})`,
      response.status,
    );
  }
  const composition = validated(await response.json());
  if (composition.location.id !== locationId) {
    throw new HttpError(
      `Den här installationen är sammansatt för orten "${composition.location.id}" ` +
        `(${composition.location.name}); orten "${locationId}" finns inte här`,
      404,
    );
  }
  return {
    ...composition,
    remotes: composition.remotes.map((remote) => ({
      ...remote,
      entry: new URL(remote.entry, compositionUrl).href,
    })),
  };
}

function validated(body: unknown): Composition {
  const parsed = Composition.safeParse(body);
  if (!parsed.success) throw new Error(`Ogiltig sammansättning: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
