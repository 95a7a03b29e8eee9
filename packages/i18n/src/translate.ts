import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from './catalogue.js';
import { CATALOGUES } from './catalogues/index.js';
import { INTL_LOCALE, type Locale } from './locales.js';

export type MessageParams = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Formats one message with ICU syntax (plurals follow each language's CLDR rules, so Arabic gets
 * its six forms). Compiled formats are cached: invitations render many strings per request.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(CATALOGUES[locale][key], INTL_LOCALE[locale]);
    compiled.set(id, format);
  }
  return String(format.format(params));
}
