import { describe, expect, it } from 'vitest';
import {
  assessTargetGroup,
  formatMessage,
  LOCALES,
  messages,
  translate,
  type Assessment,
  type PersonFacts,
} from '../src/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogue', () => {
  it('has the same keys in sv and en', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
  });

  it.each(Object.keys(messages.sv) as (keyof typeof messages.sv)[])(
    '%s: same placeholders, non-empty, no apostrophes',
    (key) => {
      const sv = messages.sv[key];
      const en = messages.en[key];
      expect(placeholders(en)).toEqual(placeholders(sv));
      expect(sv.trim().length).toBeGreaterThan(0);
      expect(en.trim().length).toBeGreaterThan(0);
      // An apostrophe can start a quoted span in ICU MessageFormat.
      expect(sv).not.toContain("'");
      expect(en).not.toContain("'");
    },
  );

  it('has a text for every category, for UIs that show the outcome', () => {
    for (const category of [
      'principal',
      'accompanying-child',
      'family-reunification',
      'family-reunification-65-plus',
      'excluded',
      'unknown',
    ]) {
      expect(messages.sv).toHaveProperty([`category.${category}`]);
    }
  });
});

describe('formatMessage', () => {
  it('fills ICU-style placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Du är {age} år, {who}.', { age: 17 })).toBe('Du är 17 år, {who}.');
  });

  it('does not read inherited properties as parameters', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});

// A grid over every branch of every condition.
const GRID: PersonFacts[] = [];
const births = [
  '2015-01-01',
  '2002-06-16',
  '2002-06-15',
  '1990-01-01',
  '1955-06-16',
  '1955-06-15',
  '1940-01-01',
];
const permits = [
  undefined,
  null,
  { chapter: 5, section: 1 },
  { chapter: 5 },
  { chapter: 6, section: 2 },
  { chapter: 21 },
  { chapter: 5, section: 1, grantedOn: '2030-01-01' },
];
const housings = [
  undefined,
  null,
  'municipality-placed',
  'own',
  'migration-facility',
  'other',
] as const;
const flags = [undefined, true, false];
const relations = [
  undefined,
  null,
  { kind: 'accompanying-child', principalInTargetGroup: true },
  { kind: 'accompanying-child', principalInTargetGroup: false },
  { kind: 'family-reunification', principalInTargetGroup: true },
  { kind: 'family-reunification', principalInTargetGroup: false, nuclearFamily: true },
  { kind: 'family-reunification', principalInTargetGroup: true, nuclearFamily: false },
  { kind: 'accompanying-child' },
  { kind: 'family-reunification' },
] as PersonFacts['relation'][];
for (const birthDate of births)
  for (const permit of permits)
    for (const housing of housings)
      for (const unaccompaniedMinor of flags)
        for (const relation of relations)
          GRID.push({ birthDate, permit, housing, unaccompaniedMinor, relation });

describe('every rendered explanation, over a grid of facts', () => {
  const assessments: Assessment[] = GRID.map((facts) => assessTargetGroup(facts, '2020-06-15'));

  it('covers every message key except the category texts', () => {
    const used = new Set(assessments.flatMap((a) => a.conditions.map((c) => c.messageKey)));
    const conditionKeys = Object.keys(messages.sv).filter((k) => !k.startsWith('category.'));
    expect([...used].sort()).toEqual(conditionKeys.sort());
  });

  it('leaves no placeholder unfilled, and matches its key and params in both languages', () => {
    for (const a of assessments) {
      for (const c of a.conditions) {
        for (const locale of LOCALES) {
          expect(c.explanation[locale]).not.toMatch(/[{}]/);
          expect(c.explanation[locale]).toBe(translate(c.messageKey, c.params, locale));
        }
      }
    }
  });

  it('gives every condition a legal reference', () => {
    for (const a of assessments) for (const c of a.conditions) expect(c.legalRef).toMatch(/\S/);
  });
});
