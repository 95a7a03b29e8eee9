import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES, LOCALES, reviewStatus, translate, type MessageKey } from '../src/index.js';

const keys = Object.keys(CATALOGUES.sv) as MessageKey[];
const ARABIC_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Every plural in a message, with the selectors it offers (nested ones too). */
function plurals(elements: MessageFormatElement[], into: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      into.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) plurals(option.value, into);
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) plurals(option.value, into);
    }
  }
  return into;
}

describe('no locale lacks a key', () => {
  it.each(LOCALES)('%s has every key of every other locale, non-empty', (locale) => {
    const union = new Set(LOCALES.flatMap((l) => Object.keys(CATALOGUES[l])));
    const missing = [...union].filter(
      (key) => !(CATALOGUES[locale][key as MessageKey] ?? '').trim(),
    );
    expect(missing, `${locale} lacks`).toEqual([]);
  });

  it('covers the newcomer app', () => {
    expect(keys.filter((k) => k.startsWith('newcomer.')).length).toBeGreaterThan(50);
  });
});

describe('plurals', () => {
  it('every Arabic plural has all six forms: zero, one, two, few, many, other', () => {
    const lacking: string[] = [];
    for (const key of keys) {
      for (const options of plurals(parse(CATALOGUES.ar[key]))) {
        const absent = ARABIC_FORMS.filter((form) => !options.includes(form));
        if (absent.length) lacking.push(`${key}: ${absent.join(', ')}`);
      }
    }
    expect(lacking).toEqual([]);
  });

  it.each(LOCALES)(
    '%s: every plural has an "other" form and uses a plural where Swedish does',
    (locale) => {
      for (const key of keys) {
        const own = plurals(parse(CATALOGUES[locale][key]));
        expect(own.length, `${locale} ${key}`).toBe(plurals(parse(CATALOGUES.sv[key])).length);
        for (const options of own) expect(options, `${locale} ${key}`).toContain('other');
      }
    },
  );

  it('counts the items left in each language’s own forms', () => {
    expect(translate('en', 'newcomer.checklist.remaining', { count: 1 })).toBe('1 item left to do');
    expect(translate('en', 'newcomer.checklist.remaining', { count: 0 })).toBe(
      'Everything is done',
    );
    expect(translate('sv', 'newcomer.checklist.remaining', { count: 3 })).toBe(
      '3 saker kvar att göra',
    );
    expect(translate('ar', 'newcomer.checklist.remaining', { count: 2 })).toBe('تبقّى أمران');
    expect(translate('ar', 'newcomer.checklist.remaining', { count: 5 })).toBe('تبقّت 5 أمور');
  });

  it('keeps the machine-drafted newcomer texts flagged for review', () => {
    for (const locale of ['ar', 'prs', 'so', 'ti'] as const) {
      expect(reviewStatus(locale, 'newcomer.signIn.wrongCode')).toBe('needs-review');
    }
    expect(reviewStatus('en', 'newcomer.signIn.wrongCode')).toBe('reviewed');
  });
});
