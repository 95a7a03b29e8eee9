#!/usr/bin/env node
// `npm run compose -- --location <id> [--gateway-url <url>] [--out <dir>] [--config <file.json>]`
// Exit codes: 0 composed; 2 bad input (an option, the configuration file, DATABASE_URL, an
// unknown location); 1 anything else (an app not built, a stored configuration invalid, the
// database unreachable).
import path from 'node:path';
import { createDatabase, DatabaseUrlError } from '@motesplats/db';
import { ComposeError, composeLocationFolder, type ComposeResult } from './compose.js';
import { parseComposeArgs, REPO_ROOT, USAGE, UsageError, type ComposeOptions } from './options.js';

async function compose(options: ComposeOptions): Promise<ComposeResult> {
  if (options.configFile) {
    return composeLocationFolder(options, { kind: 'file', file: options.configFile });
  }
  let db;
  try {
    db = await createDatabase(process.env.DATABASE_URL);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new UsageError(error.message);
    throw new Error(
      `cannot open the database (DATABASE_URL ${process.env.DATABASE_URL ? 'as set' : 'unset: PGlite in .data/pglite'}): ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await composeLocationFolder(options, { kind: 'database', db });
  } catch (error) {
    if (error instanceof UsageError || error instanceof ComposeError) throw error;
    // Prisma's messages start with blank lines and name the call: keep the reason.
    const reason = (error as Error).message.trim().split('\n').filter(Boolean).at(-1);
    throw new Error(
      `cannot read location '${options.locationId}' from the database: ${reason} (is it migrated? npm run db:migrate)`,
      { cause: error },
    );
  } finally {
    await db.close();
  }
}

function report({ plan, location }: ComposeResult, source: string): string {
  const shown = (target: string) => {
    const relative = path.relative(process.cwd(), target);
    return relative === '' ? '.' : relative.startsWith('..') ? target : relative;
  };
  const remotes = plan.composition.remotes.map((remote) => remote.id);
  return [
    `Composed ${location.id} (${location.name}) from ${source} into ${shown(plan.outDir)}/`,
    `  remotes: ${remotes.length > 0 ? remotes.join(', ') : '(none)'}`,
    `  actors:  ${location.config.actors.join(', ')}`,
    `Serve that folder at the root of an origin (e.g. npx vite preview --outDir ${shown(plan.outDir)}).`,
  ].join('\n');
}

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let options;
  try {
    options = parseComposeArgs(process.argv.slice(2), cwd);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    const result = await compose(options);
    const source = options.configFile
      ? path.relative(REPO_ROOT, options.configFile) || options.configFile
      : 'the database';
    console.log(report(result, source));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    console.error(`compose: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
