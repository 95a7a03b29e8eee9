import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Running } from './support.js';

const ALLOWED = 'https://demo.motesplats.example';

/** Reads the body too, so no keep-alive connection is left busy when the gateway closes. */
async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response;
}

describe('CORS for frontends hosted on another origin (MOTESPLATS_CORS_ORIGINS)', () => {
  let gw: Running;
  let closed: Running;
  beforeAll(async () => {
    [gw, closed] = await Promise.all([
      startGateway({ MOTESPLATS_CORS_ORIGINS: `${ALLOWED},http://localhost:4173` }),
      startGateway(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([gw.close(), closed.close()]);
  });

  it('answers a listed origin with credentials allowed', async () => {
    const response = await request(`${gw.base}/trpc/health`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toMatch(/origin/i);

    const composition = await request(`${gw.base}/api/composition/demo`, {
      headers: { origin: ALLOWED },
    });
    expect(composition.status).toBe(200);
    expect(composition.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(composition.headers.get('vary')).toMatch(/origin/i);
  });

  it("passes a mutation's preflight from a listed origin", async () => {
    const response = await request(`${gw.base}/trpc/auth.devLogin`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it('does not allow an origin that is not listed', async () => {
    const response = await request(`${gw.base}/api/composition/demo`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers at all by default', async () => {
    const response = await request(`${closed.base}/trpc/health`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
