import type { Database } from '@motesplats/db';
import type { SessionUser } from '@motesplats/contracts';
import { verifySessionToken } from '../auth/session-token.js';

/** What the API needs from its host. The gateway builds this once at start-up. */
export type ApiDeps = {
  db: Database;
  sessionSecret: Uint8Array;
  /**
   * Seals the personal access codes kept for reprinting invitations (MOTESPLATS_SEAL_KEY).
   * Without it the session secret is used; see docs/adr/0006-printable-access-codes.md.
   */
  sealSecret?: Uint8Array;
  sessionTtlSeconds: number;
  devLogin: boolean;
  version: string;
  now: () => Date;
};

/**
 * One HTTP request, seen without the web framework: the API never imports Fastify, so the
 * same routers run in the gateway, in tests and behind any other host.
 */
export type RequestInfo = {
  requestId: string;
  ip: string;
  sessionToken: string | null;
  setSessionToken: (token: string | null, maxAgeSeconds: number) => void;
};

export type ApiContext = {
  deps: ApiDeps;
  request: RequestInfo;
  session: SessionUser | null;
};

export async function createApiContext(deps: ApiDeps, request: RequestInfo): Promise<ApiContext> {
  const session = await verifySessionToken(request.sessionToken, deps.sessionSecret, deps.now());
  return { deps, request, session };
}
