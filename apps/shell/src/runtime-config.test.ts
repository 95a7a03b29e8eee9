import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './runtime-config';

describe('parseRuntimeConfig (window.__MOTESPLATS__)', () => {
  it('is all defaults when runtime-config.js set nothing', () => {
    expect(parseRuntimeConfig(undefined)).toEqual({ config: {}, problems: [] });
    expect(parseRuntimeConfig({})).toEqual({ config: {}, problems: [] });
  });

  it('reads a composed deployment', () => {
    const value = {
      gatewayUrl: 'https://gateway.example',
      compositionUrl: './composition.json',
      locationId: 'demo',
    };
    expect(parseRuntimeConfig(value)).toEqual({ config: value, problems: [] });
    expect(parseRuntimeConfig({ gatewayUrl: '' }).config).toEqual({ gatewayUrl: '' });
  });

  it.each([
    [{ gatewayUrl: 'gateway.example' }, /^gatewayUrl: expected '' \(the shell's own origin\)/],
    [{ gatewayUrl: 'ftp://gateway.example' }, /^gatewayUrl: /],
    [{ gatewayUrl: 42 }, /^gatewayUrl: /],
    [{ compositionUrl: '' }, /^compositionUrl: expected a URL/],
    [{ locationId: 'Demo By' }, /^locationId: expected a location id/],
    [{ gatewayURL: 'https://x.example' }, /^unknown setting 'gatewayURL'/],
    ['https://gateway.example', /^expected an object/],
  ])('refuses %j, naming the setting, and falls back to the defaults', (value, message) => {
    const result = parseRuntimeConfig(value);
    expect(result.config).toEqual({});
    expect(result.problems.some((problem) => message.test(problem))).toBe(true);
  });
});
