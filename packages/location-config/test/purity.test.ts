import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The domain runs unchanged in the browser: only relative imports and zod. (tsconfig.build.json
// also compiles src with no Node types, and lint bans Node built-ins.)
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.ts'),
);

describe('purity', () => {
  it.each(files)('%s imports only relative modules and zod', (file) => {
    const source = readFileSync(srcDir + file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? '',
    );
    for (const specifier of specifiers) {
      expect(
        specifier === 'zod' || /^\.\.?\/[\w/-]+\.js$/.test(specifier),
        `${file}: ${specifier}`,
      ).toBe(true);
    }
  });
});
