import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startGateway, type Running } from './support.js';

describe('the gateway over real HTTP', () => {
  let gw: Running;
  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('GET /trpc/health is 200 and proves the database answers', async () => {
    const response = await fetch(`${gw.base}/trpc/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { status: string; database: string } };
    };
    expect(body.result.data).toMatchObject({ status: 'ok', database: gw.db.kind });
  });

  it('gives every response a request id, keeping a well-formed incoming one', async () => {
    const own = await fetch(`${gw.base}/trpc/health`);
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const passed = await fetch(`${gw.base}/trpc/health`, {
      headers: { 'x-request-id': 'caller-req-12345' },
    });
    expect(passed.headers.get('x-request-id')).toBe('caller-req-12345');
  });

  it('lists locations publicly', async () => {
    const response = await fetch(`${gw.base}/trpc/locations.list`);
    const body = (await response.json()) as { result: { data: Array<{ id: string }> } };
    expect(body.result.data.map((l) => l.id).sort()).toEqual(['demo', 'nope']);
  });

  it('a protected procedure is 401 UNAUTHORIZED without a session', async () => {
    const response = await new Browser(gw.base).query('visits.day', {
      locationId: 'demo',
      date: '2026-11-23',
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe('UNAUTHORIZED');
  });

  it('a protected procedure is 403 FORBIDDEN with the wrong role', async () => {
    const browser = new Browser(gw.base);
    expect((await browser.mutate('auth.devLogin', { role: 'analyst' })).status).toBe(200);
    const response = await browser.query('visits.day', { locationId: 'demo', date: '2026-11-23' });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe('FORBIDDEN');
  });

  it('development login sets an httpOnly session cookie and auth.me returns the user', async () => {
    const browser = new Browser(gw.base);
    const login = await browser.mutate('auth.devLogin', {
      role: 'caseworker',
      agency: 'af',
      locationId: 'demo',
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/msp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = (await (await browser.query('auth.me')).json()) as {
      result: { data: { displayName: string; agency: string } };
    };
    expect(me.result.data).toMatchObject({ agency: 'af' });
    expect(me.result.data.displayName).toMatch(/demo/i);
    const day = await browser.query('visits.day', { locationId: 'demo', date: '2026-11-23' });
    expect(day.status).toBe(200);
    await browser.mutate('auth.logout', {});
    const after = (await (await browser.query('auth.me')).json()) as { result: { data: unknown } };
    expect(after.result.data).toBeNull();
  });

  it('bad input is a 400 naming the field and what was expected', async () => {
    const response = await new Browser(gw.base).mutate('auth.devLogin', {
      role: 'caseworker',
      locationId: 'demo',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { message: string; data: { issues: Array<{ path: string }> } };
    };
    expect(body.error.data.issues.map((i) => i.path)).toContain('agency');
    expect(body.error.message).toMatch(/agency: A caseworker needs an agency/);
  });

  it('malformed requests are 4xx, never 500', async () => {
    const browser = new Browser(gw.base);
    const brokenJson = await browser.fetch('/trpc/auth.devLogin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"role":',
    });
    expect(brokenJson.status).toBeGreaterThanOrEqual(400);
    expect(brokenJson.status).toBeLessThan(500);
    const badInputParam = await browser.fetch('/trpc/visits.day?input=%7Bnot-json');
    expect(badInputParam.status).toBeGreaterThanOrEqual(400);
    expect(badInputParam.status).toBeLessThan(500);
    const unknown = await browser.query('no.such.procedure');
    expect(unknown.status).toBe(404);
  });

  it('a forged session cookie is no session', async () => {
    const response = await fetch(`${gw.base}/trpc/auth.me`, {
      headers: { cookie: 'msp_session=eyJhbGciOiJIUzI1NiJ9.e30.x' },
    });
    const body = (await response.json()) as { result: { data: unknown } };
    expect(body.result.data).toBeNull();
  });

  it('compresses what compresses, for phones on slow connections', async () => {
    const response = await gw.app.inject({
      url: '/assets/big-AbCdEf12.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.rawPayload.length).toBeLessThan(1000);
  });

  it('GET /api/composition/:location lists the remotes of the actors present', async () => {
    const response = await fetch(`${gw.base}/api/composition/demo`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      location: { id: string };
      remotes: Array<{ id: string; entry: string; scope: string }>;
    };
    expect(body.location.id).toBe('demo');
    // demo has AF and SKV: their remotes, in catalogue order, and no other agency's; then the
    // admin and statistics remotes, which every location loads.
    expect(body.remotes).toEqual([
      expect.objectContaining({
        id: 'caseworker-af',
        scope: 'caseworker_af',
        entry: '/remotes/caseworker-af/mf-manifest.json',
      }),
      expect.objectContaining({
        id: 'caseworker-skv',
        scope: 'caseworker_skv',
        entry: '/remotes/caseworker-skv/mf-manifest.json',
      }),
      expect.objectContaining({
        id: 'admin',
        audience: ['location-admin', 'national-admin'],
        entry: '/remotes/admin/mf-manifest.json',
      }),
      expect.objectContaining({ id: 'insights', entry: '/remotes/insights/mf-manifest.json' }),
    ]);
    const without = (await (await fetch(`${gw.base}/api/composition/nope`)).json()) as {
      remotes: Array<{ id: string }>;
    };
    expect(without.remotes.map((remote) => remote.id)).toEqual([
      'caseworker-skv',
      'admin',
      'insights',
    ]);
  });

  it('an unknown location is a 404 with a message; a malformed one a 400', async () => {
    const unknown = await fetch(`${gw.base}/api/composition/atlantis`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toMatch(
      /No location 'atlantis'/,
    );
    const malformed = await fetch(`${gw.base}/api/composition/Not%20A%20Slug`);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { message: string }).message).toMatch(/^location:/);
  });

  it('serves the shell, its client-side routes and the remotes', async () => {
    const root = await fetch(`${gw.base}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('<title>shell</title>');
    const deepLink = await fetch(`${gw.base}/some/client/route?location=demo`, {
      headers: { accept: 'text/html' },
    });
    expect(await deepLink.text()).toContain('<title>shell</title>');
    const asset = await fetch(`${gw.base}/assets/index-AbCdEf12.js`);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    const manifest = await fetch(`${gw.base}/remotes/caseworker-af/mf-manifest.json`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const missingApi = await fetch(`${gw.base}/api/nothing`, { headers: { accept: 'text/html' } });
    expect(missingApi.status).toBe(404);
  });
});

describe('without development login', () => {
  let gw: Running;
  beforeAll(async () => {
    gw = await startGateway({
      MOTESPLATS_DEV_LOGIN: '0',
      SESSION_SECRET: 'a-session-secret-of-at-least-32-chars',
    });
  });
  afterAll(async () => {
    await gw.close();
  });

  it('auth.devLogin does not exist', async () => {
    const response = await new Browser(gw.base).mutate('auth.devLogin', { role: 'national-admin' });
    expect(response.status).toBe(404);
    const config = (await (await fetch(`${gw.base}/trpc/auth.config`)).json()) as {
      result: { data: { devLogin: boolean } };
    };
    expect(config.result.data.devLogin).toBe(false);
  });
});
