import { TRPCError } from '@trpc/server';
import { parseLocationConfig, type LocationConfig } from '@motesplats/location-config';

/**
 * A stored location configuration, checked. A broken one is the server's fault, not the
 * caller's: refuse rather than print an invitation from a document nobody can vouch for.
 */
export function locationConfigOf(location: { id: string; config: unknown }): LocationConfig {
  const parsed = parseLocationConfig(location.config);
  if (parsed.ok) return parsed.config;
  const first = parsed.errors[0];
  throw new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: `Location '${location.id}' has an invalid configuration (${first?.path ?? ''}: ${first?.message ?? 'invalid'})`,
  });
}
