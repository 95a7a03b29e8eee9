import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NATIONAL_FRAME,
  NationalFrameSchema,
  parseLocationConfig,
  validateAgainstFrame,
} from '../src/index.js';
import type { LocationConfig, NationalFrame } from '../src/index.js';
import { demo } from './support.js';

type Case = {
  name: string;
  make: (config: LocationConfig) => LocationConfig;
  frame?: NationalFrame;
  paths: string[];
  says?: string;
};

const CASES: Case[] = [
  {
    name: 'spår 2 without Skatteverket',
    make: (c) => {
      c.tracks['2'].chain = c.tracks['2'].chain.filter((s) => s.actor !== 'skv');
      return c;
    },
    paths: ['tracks.2.chain'],
    says: 'Skatteverket (skv)',
  },
  {
    name: 'spår 3 without Arbetsförmedlingen nor Skatteverket',
    make: (c) => {
      c.tracks['3'].chain = c.tracks['3'].chain.filter(
        (s) => s.actor !== 'skv' && s.actor !== 'af',
      );
      return c;
    },
    paths: ['tracks.3.chain', 'tracks.3.chain'],
  },
  {
    name: 'AF only for households with children',
    make: (c) => {
      c.tracks['1'].chain[1] = {
        actor: 'af',
        minutes: 60,
        mode: 'in-person',
        condition: 'has-children',
      };
      return c;
    },
    paths: ['tracks.1.chain[1].condition'],
  },
  {
    name: 'Migrationsverket by video',
    make: (c) => {
      c.tracks['1'].chain[0] = { actor: 'mv', minutes: 30, mode: 'video' };
      return c;
    },
    paths: ['tracks.1.chain[0].mode'],
    says: 'in person',
  },
  {
    name: 'a chain longer than five hours',
    make: (c) => {
      c.tracks['2'].chain[0] = { actor: 'af', minutes: 180, mode: 'in-person' };
      return c;
    },
    paths: ['tracks.2.chain'],
    says: 'at most 300 minutes',
  },
  {
    name: 'no Swedish info sheet',
    make: (c) => ({ ...c, infoSheetLanguages: ['en', 'ar'] }),
    paths: ['infoSheetLanguages'],
  },
  {
    name: 'a stricter frame: the municipality in spår 3',
    make: (c) => {
      c.tracks['3'].chain = c.tracks['3'].chain.filter((s) => s.actor !== 'kommun');
      return c;
    },
    frame: {
      ...DEFAULT_NATIONAL_FRAME,
      requiredActors: { ...DEFAULT_NATIONAL_FRAME.requiredActors, '3': ['af', 'skv', 'kommun'] },
    },
    paths: ['tracks.3.chain'],
    says: 'Kommunen (kommun)',
  },
];

describe('validateAgainstFrame', () => {
  it.each(CASES)('$name → $paths', ({ make, frame, paths, says }) => {
    const config = make(demo());
    // The config itself is valid: the frame is a separate, national layer.
    expect(parseLocationConfig(config).ok).toBe(true);
    const issues = validateAgainstFrame(config, frame ?? DEFAULT_NATIONAL_FRAME);
    expect(issues.map((i) => i.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message).toMatch(/^Expected/);
    if (says) expect(issues[0]?.message).toContain(says);
  });

  it('does not hold a disabled track to the frame', () => {
    const config = demo();
    config.tracks['2'].enabled = false;
    config.tracks['2'].chain = [{ actor: 'fk', minutes: 30, mode: 'in-person' }];
    expect(validateAgainstFrame(config, DEFAULT_NATIONAL_FRAME)).toEqual([]);
  });

  it('the default frame is valid data and frozen', () => {
    expect(NationalFrameSchema.parse(DEFAULT_NATIONAL_FRAME)).toEqual(DEFAULT_NATIONAL_FRAME);
    expect(DEFAULT_NATIONAL_FRAME.requiredActors['2']).toEqual(['af', 'skv']);
    expect(Object.isFrozen(DEFAULT_NATIONAL_FRAME.requiredActors['1'])).toBe(true);
  });

  it('an empty frame allows anything valid', () => {
    const empty: NationalFrame = {
      id: 'empty',
      requiredActors: { '1': [], '2': [], '3': [] },
      maxChainMinutes: 10_000,
      inPersonOnly: [],
      requiredInfoSheetLanguages: [],
    };
    const config = demo();
    config.tracks['2'].chain = [{ actor: 'fk', minutes: 30, mode: 'video' }];
    expect(validateAgainstFrame(config, empty)).toEqual([]);
  });
});
