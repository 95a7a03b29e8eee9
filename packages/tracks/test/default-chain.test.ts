import {
  DEFAULT_NATIONAL_FRAME,
  DEMO_CONFIG,
  TRACK_IDS,
  parseLocationConfig,
  validateAgainstFrame,
} from '@motesplats/location-config';
import { describe, expect, it } from 'vitest';
import { defaultChain } from '../src/index.js';

describe('defaultChain', () => {
  it('spår 1: MV, AF, FK, PM, SKV, the municipality', () => {
    expect(defaultChain('1').map((s) => s.actor)).toEqual([
      'mv',
      'af',
      'fk',
      'pm',
      'skv',
      'kommun',
    ]);
  });

  it.each(['2', '3'] as const)('spår %s: the same without MV', (track) => {
    expect(defaultChain(track).map((s) => s.actor)).toEqual(['af', 'fk', 'pm', 'skv', 'kommun']);
  });

  it.each(TRACK_IDS)(
    'spår %s: PM only for someone 65+, everything else for everyone, in person',
    (track) => {
      for (const step of defaultChain(track)) {
        expect(step.condition).toBe(step.actor === 'pm' ? 'anyone-65-plus' : undefined);
        expect(step.mode).toBe('in-person');
      }
    },
  );

  it('fits the "about four hours" of a Mötesplats day', () => {
    const total = (track: '1' | '2' | '3') =>
      defaultChain(track).reduce((n, s) => n + s.minutes, 0);
    expect(total('1')).toBe(215);
    expect(total('2')).toBe(185);
    expect(total('3')).toBe(185);
  });

  it('is a valid location chain within the default national frame', () => {
    const config = {
      ...DEMO_CONFIG,
      tracks: {
        '1': { enabled: true, chain: defaultChain('1') },
        '2': { enabled: true, chain: defaultChain('2') },
        '3': { enabled: true, chain: defaultChain('3') },
      },
    };
    const parsed = parseLocationConfig(config);
    expect(parsed.ok).toBe(true);
    expect(validateAgainstFrame(config, DEFAULT_NATIONAL_FRAME)).toEqual([]);
  });

  it('returns a fresh copy each call', () => {
    const first = defaultChain('1');
    first[0]!.minutes = 99;
    first.pop();
    expect(defaultChain('1')[0]?.minutes).toBe(30);
    expect(defaultChain('1')).toHaveLength(6);
  });
});
