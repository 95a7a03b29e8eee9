import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { whileEngineRuns, withTrackedTimers } from './engine-timers.js';
import { trackAdapters } from './tracked-adapter-factory.js';
import type { SchemaFile } from './migration-project.js';

export type SchemaEngine = bindings.SchemaEngine;

/** Include everything: this project has no externally managed tables or enums. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let loaded: Promise<void> | undefined;

/**
 * Instantiates the engine's wasm by hand. The package's own entry imports the .wasm file as an
 * ES module, which Node cannot do without a flag.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(glue.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': withTrackedTimers(bindings),
    });
    bindings.__wbg_set_wasm(instance.exports);
    // wasm-bindgen's start hook sets up the externref table; without it the engine cannot read
    // what the driver adapter returns.
    (instance.exports.__wbindgen_start as () => void)();
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/**
 * Runs `use` with a schema engine that connects through `adapterFactory`, then frees the engine
 * and releases every connection it opened, so no pg pool or throwaway PGlite outlives the call
 * (an open pool keeps the process alive; an in-memory PGlite holds ~130 MB).
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  return whileEngineRuns(async () => {
    const tracked = trackAdapters(adapterFactory);
    let engine: SchemaEngine | undefined;
    try {
      engine = await bindings.SchemaEngine.new(
        { datamodels: [[schema.path, schema.content]] },
        // The engine logs JSON lines (start-up, each step); errors reach us as rejections anyway.
        () => undefined,
        bindMigrationAwareSqlAdapterFactory(tracked.factory),
      );
      return await use(engine);
    } finally {
      engine?.free();
      await tracked.releaseAll();
    }
  });
}
