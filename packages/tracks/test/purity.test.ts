import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The domain runs unchanged in the browser: relative imports, zod and other domain packages only.
// (tsconfig.build.json also compiles src with no Node types, and lint bans Node built-ins.)
const ALLOWED = new Set(['zod', '@motesplats/location-config', '@motesplats/target-group']);
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts'));

describe('purity', () => {
  it.each(files)('%s imports only relative modules, zod and domain packages', (file) => {
    const source = readFileSync(srcDir + file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? '',
    );
    for (const specifier of specifiers) {
      expect(
        ALLOWED.has(specifier) || /^\.\/[\w-]+\.js$/.test(specifier),
        `${file}: ${specifier}`,
      ).toBe(true);
    }
  });
});
