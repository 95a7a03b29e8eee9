import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticApps } from '../src/routes/static-apps.js';

function staticDir(withShell: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'msp-newcomer-'));
  if (withShell) {
    mkdirSync(join(dir, 'shell', 'dist'), { recursive: true });
    writeFileSync(join(dir, 'shell', 'dist', 'index.html'), '<!doctype html><title>shell</title>');
  }
  const dist = join(dir, 'newcomer', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>newcomer</title>');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dist, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
  return dir;
}

describe.each([true, false])('the newcomer app at /newcomer/ (shell built: %s)', (withShell) => {
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    dir = staticDir(withShell);
    app = Fastify({ logger: false });
    await app.register(staticApps, { staticDir: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const html = { accept: 'text/html' };

  it('serves its index.html, also for the QR link with ?code=', async () => {
    for (const url of ['/newcomer/', '/newcomer/?code=ABCD-EFGH-JKLM-NPQR']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>newcomer</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('redirects /newcomer to /newcomer/', async () => {
    const response = await app.inject({ url: '/newcomer', headers: html });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/newcomer/');
    const withCode = await app.inject({ url: '/newcomer?code=ABCD-EFGH', headers: html });
    expect(withCode.headers.location).toBe('/newcomer/?code=ABCD-EFGH');
  });

  it('answers its client-side routes with its own index.html, not the shell’s', async () => {
    const response = await app.inject({ url: '/newcomer/some/page', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>newcomer</title>');
  });

  it('caches hashed assets for good and revalidates the service worker', async () => {
    const asset = await app.inject({ url: '/newcomer/assets/index-AbCdEf12.js' });
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const sw = await app.inject({ url: '/newcomer/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('a missing asset is a 404, not the index page', async () => {
    const response = await app.inject({ url: '/newcomer/assets/missing-12345678.js' });
    expect(response.statusCode).toBe(404);
  });
});
