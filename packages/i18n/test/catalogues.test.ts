import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import {
  CATALOGUES,
  LOCALES,
  REVIEW_STATUS,
  direction,
  reviewStatus,
  translate,
  type MessageKey,
} from '../src/index.js';

const keys = Object.keys(CATALOGUES.sv) as MessageKey[];

/** The argument names a message uses, e.g. {hours, plural, …} gives 'hours'. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date
    ) {
      into.add(element.value);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('message catalogues', () => {
  it.each(LOCALES)('%s has exactly the keys of the Swedish catalogue', (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(LOCALES)('%s: every message parses and uses the same arguments as Swedish', (locale) => {
    for (const key of keys) {
      const args = argumentsOf(parse(CATALOGUES[locale][key]));
      expect([...args].sort(), `${locale} ${key}`).toEqual(
        [...argumentsOf(parse(CATALOGUES.sv[key]))].sort(),
      );
      expect(CATALOGUES[locale][key].trim().length, `${locale} ${key} is empty`).toBeGreaterThan(0);
    }
  });

  it('marks machine-drafted languages as needing review, and never the reviewed ones', () => {
    for (const locale of ['ar', 'prs', 'so', 'ti'] as const) {
      expect(REVIEW_STATUS[locale].source).toBe('machine-drafted');
      expect(reviewStatus(locale, 'invitation.title')).toBe('needs-review');
    }
    expect(reviewStatus('sv', 'invitation.title')).toBe('reviewed');
  });

  it('writes Arabic and Dari right to left', () => {
    expect(LOCALES.filter((l) => direction(l) === 'rtl')).toEqual(['ar', 'prs']);
  });

  it('uses each language’s plural rules: Arabic has distinct forms for 1, 2, 3–10 and 11+', () => {
    const ar = (hours: number) => translate('ar', 'invitation.duration', { hours });
    expect(ar(1)).toContain('ساعة واحدة'); // one
    expect(ar(2)).toContain('ساعتين'); // two (dual)
    expect(ar(3)).toContain('3 ساعات'); // few: 3–10
    expect(ar(11)).toContain('11 ساعة'); // many: 11–99
    expect(translate('sv', 'invitation.duration', { hours: 1 })).toContain('1 timme');
    expect(translate('sv', 'invitation.duration', { hours: 4 })).toContain('4 timmar');
  });
});
