import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { overrideAdapter } from '../adapters/override-adapter.js';

/** A factory that remembers every connection it handed out, so they can all be released. */
export function trackAdapters(inner: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  releaseAll(): Promise<void>;
} {
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = onceDisposed(await connect());
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: () => track(() => inner.connect()),
      connectToShadowDb: () => track(() => inner.connectToShadowDb()),
    },
    releaseAll: async () => {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

/** The engine may dispose a connection itself; a pg pool throws when ended twice. */
function onceDisposed(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let disposed: Promise<void> | undefined;
  return overrideAdapter(adapter, { dispose: () => (disposed ??= adapter.dispose()) });
}
