import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The domain runs unchanged in the browser: only relative imports, no dependencies at all.
// (tsconfig.build.json also compiles src with no Node types, so a Node global fails the build.)
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts'));

describe('purity', () => {
  it.each(files)('%s imports only relative modules', (file) => {
    const source = readFileSync(srcDir + file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1],
    );
    for (const specifier of specifiers) {
      expect(/^\.\/[\w-]+\.js$/.test(specifier ?? ''), `${file}: ${specifier}`).toBe(true);
    }
  });
});
