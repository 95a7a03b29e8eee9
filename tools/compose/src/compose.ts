import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { REMOTE_CATALOGUE, type CatalogueEntry } from '@motesplats/composition';
import type { Database } from '@motesplats/db';
import { parseLocationConfig, type LocationConfig } from '@motesplats/location-config';
import { UsageError, type ComposeOptions } from './options.js';
import { planComposition, type ComposePlan } from './plan.js';

/** Something other than the command line is wrong (an app not built, a stored config invalid): exit 1. */
export class ComposeError extends Error {
  override name = 'ComposeError';
}

/** The location is not in the database: bad input, so exit 2 like any other. */
export class UnknownLocationError extends UsageError {
  override name = 'UnknownLocationError';
  constructor(
    readonly locationId: string,
    readonly knownIds: readonly string[],
  ) {
    super(
      knownIds.length > 0
        ? `--location: no location '${locationId}' in the database; known: ${knownIds.join(', ')}`
        : `--location: no location '${locationId}' in the database, which has no locations at all (npm run db:seed adds the demo ones)`,
    );
  }
}

export type LocationToCompose = { id: string; name: string; config: LocationConfig };

function issuesText(errors: ReadonlyArray<{ path: string; message: string }>): string {
  return errors.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n');
}

/** --config: a configuration file, validated; its `id` must be the location asked for. */
export function readLocationFile(file: string, locationId: string): LocationToCompose {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--config: expected a readable location configuration file (.json); cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--config: expected JSON in ${file}: ${(error as Error).message}`);
  }
  const parsed = parseLocationConfig(value);
  if (!parsed.ok) {
    throw new UsageError(
      `--config: ${file} is not a valid location configuration:\n${issuesText(parsed.errors)}`,
    );
  }
  if (parsed.config.id !== locationId) {
    throw new UsageError(
      `--location: '${locationId}' does not match the configuration in ${file}, which is for '${parsed.config.id}'`,
    );
  }
  return { id: parsed.config.id, name: parsed.config.name, config: parsed.config };
}

/** The location as its admins saved it in the database. */
export async function readLocationFromDatabase(
  db: Database,
  locationId: string,
): Promise<LocationToCompose> {
  const row = await db.prisma.location.findUnique({
    where: { id: locationId },
    select: { id: true, name: true, config: true },
  });
  if (!row) {
    const known = await db.prisma.location.findMany({
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    throw new UnknownLocationError(
      locationId,
      known.map((location) => location.id),
    );
  }
  const parsed = parseLocationConfig(row.config);
  if (!parsed.ok) {
    throw new ComposeError(
      `The configuration of location '${locationId}' in the database is not valid, so it cannot be deployed:\n${issuesText(parsed.errors)}`,
    );
  }
  return { id: row.id, name: row.name, config: parsed.config };
}

/** Every app the plan copies must be built; all that are not are named at once. */
export function assertBuilt(plan: ComposePlan): void {
  const missing = plan.copies.filter(
    (copy) => !existsSync(path.join(copy.from, copy.requiredFile)),
  );
  if (missing.length === 0) return;
  const lines = missing.map(
    (copy) => `  - ${copy.app}: ${path.join(copy.from, copy.requiredFile)} is missing`,
  );
  throw new ComposeError(
    `Not built, so location '${path.basename(plan.outDir)}' cannot be composed:\n${lines.join('\n')}\n` +
      'Build first: npx turbo run build (npm run compose does).',
  );
}

/**
 * The location's folder may be replaced when it does not exist, is empty or holds an earlier
 * composition (composition.json). Anything else is refused: a mistyped --out must not delete it.
 */
function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes('composition.json')) {
    throw new UsageError(
      `--out: ${outDir} exists and is not a composed location (no composition.json); refusing to delete it. Choose another --out or remove it yourself.`,
    );
  }
}

/** Vite's build manifest (.vite/) is for tooling, not for browsers. */
const deployable = (source: string) => path.basename(source) !== '.vite';

/**
 * Carries a plan out: checks the builds, fills a staging folder next to the location's folder,
 * then replaces the old folder with it. A failure leaves the old folder as it was, never half of
 * a new one.
 */
export function writeComposition(plan: ComposePlan): void {
  assertBuilt(plan);
  assertReplaceable(plan.outDir);
  const staging = path.join(
    path.dirname(plan.outDir),
    `.${path.basename(plan.outDir)}.composing-${process.pid}`,
  );
  const staged = (target: string) => path.join(staging, path.relative(plan.outDir, target));
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    for (const copy of plan.copies) {
      // dereference: a dist may be a symlink (e.g. to a CI artifact); copy files, not the link.
      cpSync(copy.from, staged(copy.to), {
        recursive: true,
        dereference: true,
        filter: deployable,
      });
    }
    for (const write of plan.writes) writeFileSync(staged(write.to), write.content);
    rmSync(plan.outDir, { recursive: true, force: true });
    renameSync(staging, plan.outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

export type ComposeSource = { kind: 'database'; db: Database } | { kind: 'file'; file: string };

export type ComposeResult = { plan: ComposePlan; location: LocationToCompose };

/** `npm run compose` without the command line: read the location, plan, write. */
export async function composeLocationFolder(
  options: Pick<ComposeOptions, 'locationId' | 'gatewayUrl' | 'outRoot' | 'appsDir'>,
  source: ComposeSource,
  catalogue: readonly CatalogueEntry[] = REMOTE_CATALOGUE,
): Promise<ComposeResult> {
  const location =
    source.kind === 'file'
      ? readLocationFile(source.file, options.locationId)
      : await readLocationFromDatabase(source.db, options.locationId);
  const plan = planComposition({
    location,
    catalogue,
    gatewayUrl: options.gatewayUrl,
    appsDir: options.appsDir,
    outRoot: options.outRoot,
  });
  writeComposition(plan);
  return { plan, location };
}
