import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { overrideAdapter } from './override-adapter.js';
import { asDriverAdapterError } from './postgres-error.js';

/**
 * @prisma/adapter-pg for a server URL, fixed for migrations: its executeScript splits the script
 * on every ";" and runs the pieces one by one on the pool, which breaks any function body
 * (the AuditEvent trigger) and gives up the all-or-nothing of a single script. Here the script
 * goes to the server whole, as one simple query, as the native Prisma CLI sends it.
 */
export function pgAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg({ connectionString: url });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withWholeScripts(await inner.connect()),
    connectToShadowDb: async () => withWholeScripts(await inner.connectToShadowDb()),
  };
}

function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): pg.Pool }).underlyingDriver();
  return overrideAdapter(adapter, {
    executeScript: async (script) => {
      try {
        // No parameters: pg uses the simple query protocol, which accepts many statements and
        // runs them as one implicit transaction.
        await pool.query(script);
      } catch (error) {
        throw asDriverAdapterError(error);
      }
    },
  });
}
