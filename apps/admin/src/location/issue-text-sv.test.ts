import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NATIONAL_FRAME,
  DEMO_CONFIG,
  ISSUE_CODES,
  parseLocationConfig,
  validateAgainstFrame,
  type LocationConfig,
} from '@motesplats/location-config';
import { issueTextSv } from './issue-text-sv';

const demo = (): LocationConfig => structuredClone(DEMO_CONFIG) as LocationConfig;
const issuesOf = (config: unknown) => {
  const parsed = parseLocationConfig(config);
  return parsed.ok ? validateAgainstFrame(parsed.config, DEFAULT_NATIONAL_FRAME) : parsed.errors;
};

describe('issueTextSv: the configuration’s problems in Swedish', () => {
  it.each([
    [
      'a step of 0 minutes',
      (c: LocationConfig) => (c.tracks['1'].chain[1]!.minutes = 0),
      'Ange minst 5 minuter.',
    ],
    [
      'a step of 2.5 minutes',
      (c: LocationConfig) => (c.tracks['1'].chain[1]!.minutes = 2.5),
      'Ange ett heltal.',
    ],
    [
      'a postal code without its space',
      (c: LocationConfig) => (c.venue.address.postalCode = '99999'),
      'Skriv postnumret som NNN NN, till exempel 123 45.',
    ],
    ['an empty venue name', (c: LocationConfig) => (c.venue.name = ' '), 'Fyll i en text.'],
    [
      'a closing time before the opening',
      (c: LocationConfig) => (c.openingHours[0]!.closes = '07:00'),
      `Stängningstiden måste vara efter öppningstiden ${DEMO_CONFIG.openingHours[0]!.opens}.`,
    ],
    [
      'Migrationsverket by video',
      (c: LocationConfig) => (c.tracks['1'].chain[0]!.mode = 'video'),
      'Det nationella ramverket kräver att Migrationsverket möter den nyanlända på plats.',
    ],
    [
      'Arbetsförmedlingen twice',
      (c: LocationConfig) => c.tracks['1'].chain.push({ ...c.tracks['1'].chain[1]! }),
      'Arbetsförmedlingen möter redan den nyanlända i steg 2. Varje aktör finns en gång i kedjan.',
    ],
  ])('%s', (_name, change, text) => {
    const config = demo();
    change(config);
    const issues = issuesOf(config);
    expect(issues).toHaveLength(1);
    expect(issueTextSv(issues[0]!)).toBe(text);
  });

  it('says every rule in Swedish, never the English message', () => {
    for (const code of ISSUE_CODES) {
      const text = issueTextSv({
        path: 'tracks.1.chain[0]',
        message: 'Expected …',
        code,
        params: { actor: 'af', track: '1', key: 'x', firstPath: 'rooms[0]' },
      });
      expect(text, code).not.toMatch(/Expected/);
    }
  });

  it('keeps the English message for an issue it cannot say', () => {
    expect(
      issueTextSv({ path: 'id', message: 'Expected the id of the location being edited' }),
    ).toBe('Expected the id of the location being edited');
  });
});
