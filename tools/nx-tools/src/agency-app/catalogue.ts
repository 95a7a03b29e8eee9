import type { Tree } from '@nx/devkit';

/** The remote catalogue: which remotes exist (packages/composition, ADR 0005). */
export const CATALOGUE_PATH = 'packages/composition/src/remotes.json';

/** One entry, as packages/composition/src/remote-catalogue.ts validates it. */
export interface CatalogueEntry {
  id: string;
  scope: string;
  module: string;
  actor: string | null;
  /** Staff roles the shell lists the remote for; an agency's remote is its caseworkers'. */
  audience?: string[];
  label: { sv: string; en: string };
}

export function readCatalogue(tree: Tree): CatalogueEntry[] {
  const text = tree.read(CATALOGUE_PATH, 'utf-8');
  if (text === null) {
    throw new Error(
      `${CATALOGUE_PATH} not found: run the generator from the repository root of Mötesplats`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${CATALOGUE_PATH} is not valid JSON; fix it before adding a remote`, {
      cause: error,
    });
  }
  if (!Array.isArray(parsed)) throw new Error(`${CATALOGUE_PATH} must hold a JSON array`);
  return parsed as CatalogueEntry[];
}

/** The entry in the catalogue's own layout: one key a line, the label on one line. */
function entryText(entry: CatalogueEntry): string {
  const fields = [
    `"id": ${JSON.stringify(entry.id)}`,
    `"scope": ${JSON.stringify(entry.scope)}`,
    `"module": ${JSON.stringify(entry.module)}`,
    `"actor": ${JSON.stringify(entry.actor)}`,
    ...(entry.audience
      ? [`"audience": ${JSON.stringify(entry.audience).replaceAll(',', ', ')}`]
      : []),
    `"label": { "sv": ${JSON.stringify(entry.label.sv)}, "en": ${JSON.stringify(entry.label.en)} }`,
  ];
  return `  {\n${fields.map((f) => `    ${f}`).join(',\n')}\n  }`;
}

/**
 * Appends an entry by inserting text before the closing bracket rather than rewriting the file
 * with updateJson: JSON.stringify (and then prettier) would spread every existing entry's label
 * over four lines, and the diff of adding one remote would touch them all.
 */
export function appendCatalogueEntry(tree: Tree, entry: CatalogueEntry): void {
  const text = tree.read(CATALOGUE_PATH, 'utf-8') ?? '[]\n';
  const close = text.lastIndexOf(']');
  if (close < 0) throw new Error(`${CATALOGUE_PATH} must hold a JSON array`);
  const before = text.slice(0, close).trimEnd();
  const separator = before.endsWith('[') ? '\n' : ',\n';
  tree.write(CATALOGUE_PATH, `${before}${separator}${entryText(entry)}\n]${text.slice(close + 1)}`);
}
