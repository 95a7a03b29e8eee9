import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import { installGracefulShutdown } from '../src/shutdown.js';
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/server.js';

class FakeProcess extends EventEmitter {
  exit = vi.fn();
}

describe('graceful shutdown on SIGTERM', () => {
  it('lets a request in flight finish, then closes the database and exits 0', async () => {
    // A slow route stands in for a long procedure.
    const fresh = await startGatewayWithSlowRoute();
    const proc = new FakeProcess();
    const done = installGracefulShutdown(fresh.app, fresh.db, 5_000, proc);

    const inFlight = fetch(`${fresh.base}/slow`).then(async (r) => ({
      status: r.status,
      body: await r.text(),
    }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    proc.emit('SIGTERM');
    const response = await inFlight;
    await done;

    expect(response).toEqual({ status: 200, body: 'finished' });
    expect(proc.exit).toHaveBeenCalledWith(0);
    // The port is closed: new connections are refused.
    await expect(fetch(`${fresh.base}/slow`)).rejects.toThrow();
  });
});

async function startGatewayWithSlowRoute() {
  const db = await createTestDatabase();
  const app = await buildServer(
    loadConfig({ LOG_LEVEL: 'silent', MOTESPLATS_DEV_LOGIN: '1', MOTESPLATS_STATIC_DIR: 'none' }),
    db,
  );
  app.get('/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    return 'finished';
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, db, base: `http://127.0.0.1:${port}` };
}
