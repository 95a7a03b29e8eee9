import { describe, expect, it } from 'vitest';
import { colors, contrastPairs, contrastRatio, cssVariables } from '../src/tokens';

import { stylesCss as css } from './read-css';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1 threshold grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(
      contrastRatio('#767676', '#ffffff'),
      10,
    );
  });
});

describe('colour tokens meet WCAG 2.1 AA', () => {
  for (const pair of contrastPairs) {
    it(`${pair.name}: ${pair.foreground} on ${pair.background} >= ${pair.minimum}:1`, () => {
      const ratio = contrastRatio(colors[pair.foreground], colors[pair.background]);
      expect(ratio).toBeGreaterThanOrEqual(pair.minimum);
    });
  }
});

describe('styles.css', () => {
  it('declares every token as a CSS custom property with the same value', () => {
    for (const [name, value] of Object.entries(cssVariables())) {
      const m = new RegExp(`${name}:\\s*([^;]+);`).exec(css);
      expect(m?.[1]?.trim(), name).toBe(value);
    }
  });
});
