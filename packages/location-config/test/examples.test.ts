import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_IDS,
  DEFAULT_NATIONAL_FRAME,
  EXAMPLE_CONFIGS,
  EXAMPLE_NAMES,
  TRACK_IDS,
  parseLocationConfig,
  validateAgainstFrame,
} from '../src/index.js';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const readExample = (name: string): unknown =>
  JSON.parse(readFileSync(`${examplesDir}${name}.json`, 'utf8'));

describe('examples', () => {
  it('has one JSON file per exported example and no others', () => {
    const files = readdirSync(examplesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    expect(files).toEqual([...EXAMPLE_NAMES].sort());
    expect(Object.keys(EXAMPLE_CONFIGS).sort()).toEqual(files);
  });

  describe.each(EXAMPLE_NAMES)('%s', (name) => {
    const json = readExample(name);

    it('the JSON file equals the exported constant', () => {
      expect(json).toEqual(EXAMPLE_CONFIGS[name]);
    });

    it('parses with no errors, unchanged', () => {
      const result = parseLocationConfig(json);
      expect(result).toEqual({ ok: true, config: EXAMPLE_CONFIGS[name] });
    });

    it('is within the default national frame', () => {
      expect(validateAgainstFrame(EXAMPLE_CONFIGS[name], DEFAULT_NATIONAL_FRAME)).toEqual([]);
    });

    it('holds no e-mail address or phone number (the data is invented)', () => {
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/@/);
      expect(text).not.toMatch(/\d{2,4}[- ]\d{2,3}[ -]?\d{2}[ -]?\d{2}/);
      // Fictional municipality codes only: real ones are 01xx-25xx.
      expect(text.match(/"code":"(\d{4})"/g)?.every((m) => m.includes('"99'))).toBe(true);
    });

    it('is frozen, so no consumer can change it for the others', () => {
      const config = EXAMPLE_CONFIGS[name];
      expect(Object.isFrozen(config)).toBe(true);
      expect(Object.isFrozen(config.tracks['1'].chain)).toBe(true);
      expect(() => {
        (config as { name: string }).name = 'changed';
      }).toThrow(TypeError);
    });
  });

  it('demo has the agreed identity, all six actors and all three tracks', () => {
    const demo = EXAMPLE_CONFIGS.demo;
    expect(demo.id).toBe('demo');
    expect(demo.name).toBe('Mötesplats Demoby');
    expect(demo.municipality.code).toBe('9999');
    expect(demo.venue.address).toMatchObject({
      street: 'Exempelgatan 1',
      postalCode: '999 99',
      city: 'Demoby',
    });
    expect([...demo.actors].sort()).toEqual([...ACTOR_IDS].sort());
    for (const track of TRACK_IDS) expect(demo.tracks[track].enabled).toBe(true);
    expect(demo.interpreters.map((i) => i.language)).toEqual(
      expect.arrayContaining(['ar', 'prs', 'so', 'ti']),
    );
    expect(Math.max(...demo.rooms.map((r) => r.capacity))).toBeGreaterThanOrEqual(8);
  });

  it('gavle-like runs spår 1 with the municipality’s two units, social services on need', () => {
    const config = EXAMPLE_CONFIGS['gavle-like'];
    expect(config.tracks['1'].enabled).toBe(true);
    const kommun = config.tracks['1'].chain.find((s) => s.actor === 'kommun');
    expect(kommun?.units?.map((u) => [u.id, u.condition])).toEqual([
      ['labour-market', undefined],
      ['social-services', 'needs-financial-assistance'],
    ]);
  });

  it('satellite-not-staffed has a satellite that does not staff the office, with contact text', () => {
    const satellites = EXAMPLE_CONFIGS['satellite-not-staffed'].satellites;
    expect(satellites.some((s) => !s.staffsOffice && s.homeContact?.text)).toBe(true);
  });

  it('with-branch and with-mobile-team have one each', () => {
    expect(EXAMPLE_CONFIGS['with-branch'].branches).toHaveLength(1);
    expect(EXAMPLE_CONFIGS['with-mobile-team'].mobileTeams).toHaveLength(1);
  });
});
