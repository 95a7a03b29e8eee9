import { z } from 'zod';
import { Composition } from '@motesplats/contracts';
import { gatewayUrl } from './config';
import { HttpError } from './trpc';

/** GET /api/composition/:location, validated: a bad manifest must fail here, not inside a remote. */
export async function fetchComposition(locationId: string): Promise<Composition> {
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
  const parsed = Composition.safeParse(await response.json());
  if (!parsed.success) throw new Error(`Ogiltig sammansättning: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
