import type { FastifyInstance } from 'fastify';
import type { Database } from '@motesplats/db';

type SignalSource = {
  once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  exit(code: number): void;
};

/**
 * On SIGTERM (or SIGINT) stop accepting connections, let requests in flight finish, then close
 * the database. A request still running after the grace period is cut off with exit code 1.
 */
export function installGracefulShutdown(
  app: FastifyInstance,
  db: Database,
  graceMs: number,
  proc: SignalSource = process,
): Promise<void> {
  return new Promise((resolve) => {
    let closing = false;
    const shutdown = (signal: string) => async () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down; finishing requests in flight');
      const deadline = setTimeout(() => {
        app.log.error({ graceMs }, 'requests still running after the grace period; exiting');
        proc.exit(1);
      }, graceMs);
      deadline.unref();
      try {
        await app.close();
        await db.close();
        app.log.info('stopped');
        proc.exit(0);
      } catch (error) {
        app.log.error({ err: error }, 'shutdown failed');
        proc.exit(1);
      } finally {
        clearTimeout(deadline);
        resolve();
      }
    };
    proc.once('SIGTERM', shutdown('SIGTERM'));
    proc.once('SIGINT', shutdown('SIGINT'));
  });
}
