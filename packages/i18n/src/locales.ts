/**
 * The six languages newcomer-facing text comes in: the languages of the national information
 * sheet. Swedish is the default; Arabic and Dari are written right to left.
 */
export const LOCALES = ['sv', 'en', 'ar', 'prs', 'so', 'ti'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'sv';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' || locale === 'prs' ? 'rtl' : 'ltr';
}

/** Each language named in itself, for the language picker. */
export const LOCALE_NAMES: Record<Locale, string> = {
  sv: 'Svenska',
  en: 'English',
  ar: 'العربية',
  prs: 'دری',
  so: 'Soomaali',
  ti: 'ትግርኛ',
};

/**
 * The tag the platform's Intl uses for dates, numbers and plural rules. Dari has no CLDR locale
 * of its own in every runtime; Afghan Persian (fa-AF) is its written standard.
 */
export const INTL_LOCALE: Record<Locale, string> = {
  sv: 'sv-SE',
  en: 'en-GB',
  ar: 'ar',
  prs: 'fa-AF',
  so: 'so-SO',
  ti: 'ti-ER',
};
