import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { logger, type Tree } from '@nx/devkit';
import { CatalogueSchema } from '@motesplats/composition';
import { agencyAppGenerator } from '../src/agency-app/generator.js';
import { CATALOGUE_PATH, type CatalogueEntry } from '../src/agency-app/catalogue.js';
import type { AgencyAppSchema } from '../src/agency-app/schema.js';

// A fixed catalogue rather than the live one, which other work extends: the assertions below
// compare exact entries and text.
const CATALOGUE = `[
  {
    "id": "caseworker-mv",
    "scope": "caseworker_mv",
    "module": "./App",
    "actor": "mv",
    "label": { "sv": "Migrationsverket", "en": "Swedish Migration Agency" }
  },
  {
    "id": "caseworker-af",
    "scope": "caseworker_af",
    "module": "./App",
    "actor": "af",
    "label": { "sv": "Arbetsförmedlingen", "en": "Swedish Public Employment Service" }
  }
]
`;

const viteConfig = (scope: string, devPort: number, previewPort: number) => `
import { agencyRemoteConfig } from '@motesplats/vite-config';
import pkg from './package.json' with { type: 'json' };

export default agencyRemoteConfig({
  scope: '${scope}',
  dependencies: pkg.dependencies,
  devPort: ${devPort},
  previewPort: ${previewPort},
});
`;

const APP_FILES = [
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
  'vite.config.ts',
  'index.html',
  'src/main.tsx',
  'src/App.tsx',
  'src/App.test.tsx',
  'src/test/setup.ts',
];

let tree: Tree;

function seededTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.write(CATALOGUE_PATH, CATALOGUE);
  tree.write('apps/caseworker-af/vite.config.ts', viteConfig('caseworker_af', 5174, 4174));
  tree.write('apps/caseworker-pm/vite.config.ts', viteConfig('caseworker_pm', 5177, 4177));
  tree.write(
    'apps/shell/vite.config.ts',
    'export default { server: { port: 5173 }, preview: { port: 4173 } };\n',
  );
  return tree;
}

beforeEach(() => {
  tree = seededTree();
  // formatFiles asks prettier for the settings of <tree root>/<file> on disk, and this tree's
  // root is '/virtual': it would format with prettier's defaults, not the repository's. So the
  // templates are checked as written here; agency-app.build.test.ts checks the formatted output.
  vi.stubEnv('NX_SKIP_FORMAT', 'true');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const run = (options: Partial<AgencyAppSchema> = {}) =>
  agencyAppGenerator(tree, { name: 'demo-agency', actor: 'af', label: 'Demo', ...options });

const readCatalogue = () => JSON.parse(tree.read(CATALOGUE_PATH, 'utf-8')!) as CatalogueEntry[];
const read = (path: string) => tree.read(`apps/caseworker-demo-agency/${path}`, 'utf-8') ?? '';

describe('agency-app generator', () => {
  it('scaffolds every file of caseworker-af, with no template syntax left', async () => {
    await run();

    for (const file of APP_FILES) {
      expect(tree.exists(`apps/caseworker-demo-agency/${file}`), file).toBe(true);
      expect(read(file), file).not.toMatch(/<%|%>|__tmpl__/);
    }
    const created = tree
      .listChanges()
      .map((c) => c.path)
      .filter((p) => p.startsWith('apps/caseworker-demo-agency/'))
      .sort();
    expect(created).toEqual(APP_FILES.map((f) => `apps/caseworker-demo-agency/${f}`).sort());
  });

  it('names the package, tags it and gives it its own scope and the next port pair', async () => {
    await run();

    const pkg = JSON.parse(read('package.json'));
    expect(pkg.name).toBe('@motesplats/caseworker-demo-agency');
    expect(pkg.nx.tags).toEqual(['type:app', 'role:remote', 'agency:af']);
    expect(pkg.dependencies['@motesplats/caseworker-kit']).toBe('*');
    expect(pkg.devDependencies['@motesplats/vite-config']).toBe('*');

    const vite = read('vite.config.ts');
    expect(vite).toContain("scope: 'caseworker_demo_agency'");
    // Above the highest pair in use (5177/4177), not into the gap left at 5175/4175.
    expect(vite).toContain('devPort: 5178');
    expect(vite).toContain('previewPort: 4178');

    expect(read('vitest.config.ts')).toContain("name: 'caseworker-demo-agency'");
    expect(read('index.html')).toContain('<title>Demo – Mötesplats (fristående)</title>');
    expect(read('src/main.tsx')).toContain('<StandaloneRemote App={App} title="Demo" />');
  });

  it('writes a label with a double quote into main.tsx as an entity, not as the end of the title', async () => {
    await run({ label: 'Myndigheten "Demo"' });
    expect(read('src/main.tsx')).toContain(
      '<StandaloneRemote App={App} title="Myndigheten &quot;Demo&quot;" />',
    );
  });

  it('renders AgencyRemote for the actor, booking only when a track is given', async () => {
    await run();
    expect(read('src/App.tsx')).toContain('<AgencyRemote {...props} agency="af" />');

    tree = seededTree();
    await run({ actor: 'kommun', track: 3 });
    expect(read('src/App.tsx')).toContain(
      '<AgencyRemote {...props} agency="kommun" booking={{ track: 3 }} />',
    );
    const test = read('src/App.test.tsx');
    expect(test).toContain("caseworker('kommun')");
    expect(test).toContain("actorName('kommun')");
    expect(test).toContain("renderTurnedAway(App, 'mv')"); // the other agency, turned away
    expect(test).toContain("from '@motesplats/caseworker-kit/testing'");
    expect(test).toContain('seriousViolations(container)');
    expect(test).toContain("findByTestId('caseworker-name')");
  });

  it('appends a catalogue entry and leaves the existing ones as they were written', async () => {
    await run({ label: 'Demomyndigheten', labelEn: 'The demo agency' });

    const entries = readCatalogue();
    expect(entries).toHaveLength(3);
    expect(entries.at(-1)).toEqual({
      id: 'caseworker-demo-agency',
      scope: 'caseworker_demo_agency',
      module: './App',
      actor: 'af',
      audience: ['caseworker'],
      label: { sv: 'Demomyndigheten', en: 'The demo agency' },
    });
    // The schema the gateway loads the catalogue with accepts the result.
    expect(() => CatalogueSchema.parse(entries)).not.toThrow();
    const text = tree.read(CATALOGUE_PATH, 'utf-8')!;
    expect(text.startsWith(CATALOGUE.slice(0, CATALOGUE.lastIndexOf('}') + 1))).toBe(true);
    expect(text).toContain('"label": { "sv": "Demomyndigheten", "en": "The demo agency" }');
  });

  it('prints the next steps once nx has written the files', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => {});
    const callback = await run({ track: 2 });
    expect(info).not.toHaveBeenCalled(); // not before the files are written (nor on --dry-run)
    await callback();
    const printed = info.mock.calls.flat().join('\n');
    expect(printed).toContain('npm install --no-audit --no-fund');
    expect(printed).toContain(
      'npx turbo run build typecheck lint test --filter=@motesplats/caseworker-demo-agency',
    );
    expect(printed).toContain('http://localhost:5178/');
  });

  it('defaults the English label to the Swedish one', async () => {
    await run({ label: 'Länsstyrelsen' });
    expect(readCatalogue().at(-1)?.label).toEqual({ sv: 'Länsstyrelsen', en: 'Länsstyrelsen' });
  });

  it.each([
    ['Demo', /Invalid name 'Demo'.*kebab-case/],
    ['1st-agency', /Invalid name '1st-agency'/],
    ['demo_agency', /Invalid name 'demo_agency'/],
    ['', /Invalid name ''/],
    ['caseworker-demo', /give the part after 'caseworker-' \(e\.g\. 'demo'\)/],
  ])('refuses the name %j and changes nothing', async (name, message) => {
    const before = tree.listChanges().length;
    await expect(run({ name })).rejects.toThrow(message);
    expect(tree.listChanges()).toHaveLength(before);
  });

  it('refuses an existing app', async () => {
    await expect(run({ name: 'af' })).rejects.toThrow(/apps\/caseworker-af already exists/);
  });

  it('refuses an id already in the catalogue, and says so', async () => {
    // caseworker-mv is catalogued but has no app folder in this tree.
    await expect(run({ name: 'mv', actor: 'mv' })).rejects.toThrow(
      /remotes\.json already has a remote with id 'caseworker-mv'/,
    );
    expect(tree.read(CATALOGUE_PATH, 'utf-8')).toBe(CATALOGUE);
  });

  it('refuses a Module Federation scope already in the catalogue', async () => {
    const hand: CatalogueEntry = {
      id: 'caseworker-legacy',
      scope: 'caseworker_demo_agency',
      module: './App',
      actor: null,
      label: { sv: 'Gammal', en: 'Old' },
    };
    tree.write(CATALOGUE_PATH, JSON.stringify([hand]));
    await expect(run()).rejects.toThrow(
      /scope 'caseworker_demo_agency' \(remote 'caseworker-legacy'\)/,
    );
  });

  it('refuses an unknown actor and says the domain list comes first', async () => {
    await expect(run({ actor: 'lst' })).rejects.toThrow(
      /Unknown actor 'lst': expected one of mv, af, fk, pm, skv, kommun\. A new agency must first become an actor in the domain: add it to ACTOR_IDS .* packages\/location-config\/src\/actors\.ts/,
    );
    expect(tree.exists('apps/caseworker-demo-agency')).toBe(false);
  });

  it('requires an actor, because AgencyRemote shows one actor and turns away the rest', async () => {
    await expect(run({ actor: undefined })).rejects.toThrow(
      /--actor is required: the kit's AgencyRemote/,
    );
  });

  it.each([
    [{ label: '' }, /--label is required/],
    [{ label: 'Bad {label}' }, /Invalid --label/],
    [{ labelEn: 'Two\nlines' }, /Invalid --labelEn/],
    [{ track: 4 as 1 }, /Invalid --track '4'/],
  ])('refuses %j', async (options, message) => {
    await expect(run(options)).rejects.toThrow(message);
  });
});
