import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The domain runs unchanged in the browser: relative imports, zod and other domain packages only.
// (tsconfig.build.json also compiles src with no Node types, and lint bans Node built-ins.)
const ALLOWED = new Set([
  'zod',
  '@motesplats/location-config',
  '@motesplats/target-group',
  '@motesplats/tracks',
]);
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts'));

describe('purity', () => {
  it.each(files)('%s imports only relative modules, zod and domain packages', (file) => {
    const source = readFileSync(srcDir + file, 'utf8');
    // Static imports and re-exports (`… from 'x'` at a statement start), side-effect imports and
    // dynamic imports; anchored to statements so that "from" in a comment or a string is no hit.
    const patterns = [
      /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
      /^\s*import\s*['"]([^'"]+)['"]/gm,
      /\bimport\s*\(\s*['"]([^'"]+)['"]/g,
    ];
    const specifiers = patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1] ?? ''));
    for (const specifier of specifiers) {
      expect(
        ALLOWED.has(specifier) || /^\.\/[\w-]+\.js$/.test(specifier),
        `${file}: ${specifier}`,
      ).toBe(true);
    }
  });
});
