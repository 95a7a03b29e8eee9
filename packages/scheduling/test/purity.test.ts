import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The planner runs unchanged in the browser and the gateway: only relative imports and the
// actor list, and no hidden randomness (the seed must decide everything).
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts'));

describe('purity', () => {
  it.each(files)('%s imports only relative modules and @motesplats/location-config', (file) => {
    const source = readFileSync(srcDir + file, 'utf8');
    const specifiers = [
      ...source.matchAll(
        /^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm,
      ),
    ].map((m) => m[1] ?? m[2]);
    for (const specifier of specifiers) {
      expect(
        specifier === '@motesplats/location-config' || /^\.\/[\w-]+\.js$/.test(specifier ?? ''),
        `${file}: ${specifier}`,
      ).toBe(true);
    }
    if (file === 'index.ts') expect(specifiers.length).toBeGreaterThan(5);
    expect(source, file).not.toMatch(/Math\.random|\bprocess\.|\bBuffer\b/);
  });
});
