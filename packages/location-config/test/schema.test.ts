import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEMO_CONFIG,
  LocationConfigSchema,
  formatIssuePath,
  parseLocationConfig,
} from '../src/index.js';
import { demo } from './support.js';

describe('formatIssuePath', () => {
  it.each([
    [['tracks', '1', 'chain', 2, 'actor'], 'tracks.1.chain[2].actor'],
    [['rooms', 0, 'id'], 'rooms[0].id'],
    [['branches', 0, 'actors', 1], 'branches[0].actors[1]'],
    [['tracks'], 'tracks'],
    [[3], '[3]'],
    [[], '(input)'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatIssuePath(path)).toBe(expected);
  });
});

describe('LocationConfigSchema', () => {
  it('reports the rules at the same paths as parseLocationConfig, for the API edge', () => {
    const config = demo();
    config.tracks['2'].chain.push({ actor: 'mv', minutes: 30, mode: 'in-person' });
    const result = LocationConfigSchema.safeParse(config);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => formatIssuePath(i.path))).toEqual([
      'tracks.2.chain[5].actor',
    ]);
  });

  it('keeps values as written (no trimming, no defaults)', () => {
    expect(LocationConfigSchema.parse(DEMO_CONFIG)).toEqual(DEMO_CONFIG);
  });
});

describe('parseLocationConfig', () => {
  it('never throws and always reports at least one issue for junk', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseLocationConfig(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it('does not change its input', () => {
    const input = demo();
    input.tracks['1'].chain[0]!.minutes = 1;
    const before = structuredClone(input);
    parseLocationConfig(input);
    expect(input).toEqual(before);
  });

  it('a valid config with any step minutes in 5..240 parses; outside, the path names the step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1' as const, '2' as const, '3' as const),
        fc.nat(4),
        fc.integer({ min: -10, max: 300 }),
        (track, index, minutes) => {
          const config = demo();
          const step = config.tracks[track].chain[index];
          if (!step) return;
          step.minutes = minutes;
          const result = parseLocationConfig(config);
          if (minutes >= 5 && minutes <= 240) expect(result.ok).toBe(true);
          else
            expect(result).toEqual({
              ok: false,
              errors: [
                {
                  path: `tracks.${track}.chain[${index}].minutes`,
                  message: expect.any(String),
                  // What a user interface needs to say it in its own language.
                  ...(minutes < 5
                    ? { code: 'zod.too_small', params: expect.objectContaining({ minimum: 5 }) }
                    : { code: 'zod.too_big', params: expect.objectContaining({ maximum: 240 }) }),
                },
              ],
            });
        },
      ),
    );
  });
});
