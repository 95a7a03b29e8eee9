import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/server.js';

/** A static folder shaped like apps/: a built shell and a built AF remote. */
export function fakeStaticDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'msp-static-'));
  mkdirSync(join(dir, 'shell', 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'shell', 'dist', 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(join(dir, 'shell', 'dist', 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
  // Big enough to be compressed (the gateway compresses responses over 1 KB).
  writeFileSync(
    join(dir, 'shell', 'dist', 'assets', 'big-AbCdEf12.js'),
    'console.log("Mötesplats");\n'.repeat(200),
  );
  mkdirSync(join(dir, 'caseworker-af', 'dist'), { recursive: true });
  writeFileSync(join(dir, 'caseworker-af', 'dist', 'mf-manifest.json'), '{"id":"caseworker_af"}');
  return dir;
}

export type Running = { app: FastifyInstance; db: Database; base: string; close(): Promise<void> };

export async function startGateway(env: Record<string, string> = {}): Promise<Running> {
  const db = await createTestDatabase();
  await db.prisma.location.create({
    data: {
      id: 'demo',
      name: 'Mötesplats Demoby',
      municipalityCode: '9999',
      config: { actors: ['af', 'skv'] },
    },
  });
  await db.prisma.location.create({
    data: {
      id: 'nope',
      name: 'Mötesplats Utan AF',
      municipalityCode: '9998',
      config: { actors: ['skv'] },
    },
  });
  const staticDir = fakeStaticDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    MOTESPLATS_DEV_LOGIN: '1',
    MOTESPLATS_STATIC_DIR: staticDir,
    ...env,
  });
  const app = await buildServer(config, db);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    db,
    base: `http://127.0.0.1:${port}`,
    async close() {
      // A test that never reads a (compressed, streamed) body leaves its keep-alive connection
      // busy, and Fastify's close waits for it: cut such connections after a short grace.
      const cut = setTimeout(() => app.server.closeAllConnections(), 2_000);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
      await db.close();
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** A tiny cookie jar, so tests speak HTTP as a browser would. */
export class Browser {
  private cookie = '';
  constructor(private readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const response = await fetch(`${this.base}${path}`, { ...init, headers });
    const set = response.headers.getSetCookie();
    for (const line of set) {
      const pair = line.split(';')[0] ?? '';
      const [, value] = pair.split('=');
      this.cookie = value ? pair : '';
    }
    return response;
  }

  query(path: string, input?: unknown) {
    const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.fetch(`/trpc/${path}${qs}`);
  }

  mutate(path: string, input: unknown) {
    return this.fetch(`/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  }
}
