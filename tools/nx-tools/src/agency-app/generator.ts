import { fileURLToPath } from 'node:url';
import { formatFiles, generateFiles, logger, type GeneratorCallback, type Tree } from '@nx/devkit';
import { ACTOR_IDS, type ActorId } from '@motesplats/location-config';
import type { AgencyAppSchema } from './schema.js';
import { appendCatalogueEntry, CATALOGUE_PATH, readCatalogue } from './catalogue.js';
import { nextFreePorts } from './ports.js';

// src/agency-app/ and dist/agency-app/ sit at the same depth, so one relative path serves both
// the tests (which run the TypeScript) and nx (which loads dist/).
const TEMPLATES = fileURLToPath(new URL('../../templates/agency-app', import.meta.url));

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
/** Characters that would break the TSX, JS strings or comments the label is written into. */
const UNSAFE_LABEL = /[{}<>`\\\r\n]|\*\//;

export interface NormalizedAgencyAppOptions {
  /** As given, e.g. 'demo-agency'. */
  name: string;
  /** 'caseworker-demo-agency': folder, catalogue id, path under /remotes/. */
  appName: string;
  projectRoot: string;
  packageName: string;
  /** Module Federation name: a JavaScript identifier, so hyphens become underscores. */
  scope: string;
  actor: ActorId;
  /** Some other actor, for the generated test that turns such a caseworker away. */
  otherActor: ActorId;
  label: string;
  labelEn: string;
  track: 1 | 2 | 3 | null;
  devPort: number;
  previewPort: number;
}

const isActorId = (value: string): value is ActorId =>
  (ACTOR_IDS as readonly string[]).includes(value);

/** Validates the options against the tree; every refusal says what to do instead. */
export function normalizeOptions(tree: Tree, options: AgencyAppSchema): NormalizedAgencyAppOptions {
  const name = String(options.name ?? '').trim();
  if (!NAME_PATTERN.test(name)) {
    throw new Error(
      `Invalid name '${name}': use kebab-case matching ${NAME_PATTERN.source} (lower-case letters, digits and hyphens, starting with a letter), e.g. 'demo-agency'.`,
    );
  }
  if (name.startsWith('caseworker-')) {
    throw new Error(
      `Invalid name '${name}': give the part after 'caseworker-' (e.g. '${name.slice('caseworker-'.length)}'); the generator adds the prefix.`,
    );
  }
  const appName = `caseworker-${name}`;
  const projectRoot = `apps/${appName}`;
  if (tree.exists(projectRoot)) {
    throw new Error(`${projectRoot} already exists: pick another name, or edit that app.`);
  }

  const actor = options.actor === undefined ? '' : String(options.actor).trim();
  if (!actor) {
    throw new Error(
      `--actor is required: the kit's AgencyRemote shows one actor's queue and turns away caseworkers of every other actor, so an agency remote without one would show nothing. Pass one of ${ACTOR_IDS.join(', ')}.`,
    );
  }
  if (!isActorId(actor)) {
    throw new Error(
      `Unknown actor '${actor}': expected one of ${ACTOR_IDS.join(', ')}. A new agency must first become an actor in the domain: add it to ACTOR_IDS and ACTOR_NAMES in packages/location-config/src/actors.ts, rebuild @motesplats/location-config, and run this generator again.`,
    );
  }
  const otherActor = ACTOR_IDS.find((id) => id !== actor);
  if (!otherActor) throw new Error('ACTOR_IDS must list at least two actors');

  const label = String(options.label ?? '').trim();
  if (!label)
    throw new Error('--label is required: the Swedish display name, e.g. "Arbetsförmedlingen".');
  const labelEn = options.labelEn === undefined ? label : String(options.labelEn).trim();
  for (const [flag, value] of [
    ['label', label],
    ['labelEn', labelEn],
  ] as const) {
    if (!value || UNSAFE_LABEL.test(value)) {
      throw new Error(
        `Invalid --${flag} '${value}': one line of plain text, without { } < > \` \\ or */ (it is written into TSX and comments).`,
      );
    }
  }

  let track: 1 | 2 | 3 | null = null;
  if (options.track !== undefined && options.track !== null) {
    const n = Number(options.track);
    if (n !== 1 && n !== 2 && n !== 3) {
      throw new Error(
        `Invalid --track '${String(options.track)}': 1, 2 or 3 (the track this agency books), or leave it out.`,
      );
    }
    track = n;
  }

  const scope = `caseworker_${name.replaceAll('-', '_')}`;
  const catalogue = readCatalogue(tree);
  const sameId = catalogue.find((entry) => entry.id === appName);
  if (sameId) {
    throw new Error(
      `${CATALOGUE_PATH} already has a remote with id '${appName}' (with no app folder at ${projectRoot}). Pick another name, or remove that entry first if this app is to replace it.`,
    );
  }
  const sameScope = catalogue.find((entry) => entry.scope === scope);
  if (sameScope) {
    throw new Error(
      `${CATALOGUE_PATH} already has the Module Federation scope '${scope}' (remote '${sameScope.id}'); two remotes with one scope would overwrite each other in the shell. Pick another name.`,
    );
  }

  return {
    name,
    appName,
    projectRoot,
    packageName: `@motesplats/${appName}`,
    scope,
    actor,
    otherActor,
    label,
    labelEn,
    track,
    ...nextFreePorts(tree),
  };
}

function printNextSteps(o: NormalizedAgencyAppOptions) {
  logger.info(`
${o.packageName} is in ${o.projectRoot} and in ${CATALOGUE_PATH}. Next steps:

  npm install --no-audit --no-fund
      links the new workspace into node_modules (turbo and the imports need it)
  npx turbo run build typecheck lint test --filter=${o.packageName}
      builds dist/mf-manifest.json and dist/remoteEntry.js; then run \`npx turbo run build\`
      so that @motesplats/composition and the gateway pick up the new catalogue entry
  npm run dev -w ${o.packageName}
      standalone on http://localhost:${o.devPort}/?location=demo, against a gateway on :3000

${o.label}'s own work goes into AgencyRemote's props in ${o.projectRoot}/src/App.tsx
(detailEditors, HouseholdExtras, extraTabs; see docs/adr/0005-agency-remotes-on-a-shared-kit.md).
`);
}

/** `nx g @motesplats/tools:agency-app <name> --actor=<id> --label=<sv>` */
export async function agencyAppGenerator(
  tree: Tree,
  options: AgencyAppSchema,
): Promise<GeneratorCallback> {
  const o = normalizeOptions(tree, options);

  generateFiles(tree, TEMPLATES, o.projectRoot, { ...o, tmpl: '' });

  const others = readCatalogue(tree).filter((entry) => entry.actor === o.actor);
  appendCatalogueEntry(tree, {
    id: o.appName,
    scope: o.scope,
    module: './App',
    actor: o.actor,
    audience: ['caseworker'],
    label: { sv: o.label, en: o.labelEn },
  });
  if (others.length > 0) {
    // Allowed (an agency may split its work over two remotes), but usually a mistake.
    logger.warn(
      `Actor '${o.actor}' already has ${others.map((e) => `'${e.id}'`).join(', ')}; every location with ${o.actor} will load ${others.length + 1} remotes for it.`,
    );
  }

  await formatFiles(tree);

  // Runs after nx has written the files (and not at all on --dry-run).
  return () => printNextSteps(o);
}

export default agencyAppGenerator;
