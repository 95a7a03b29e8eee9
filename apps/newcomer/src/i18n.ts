import { createContext, useContext } from 'react';
import type { Catalogue, MessageKey } from '@motesplats/i18n';
import type { Locale } from '@motesplats/i18n/locales';
import * as localeMeta from '@motesplats/i18n/locales';

export type { Locale, MessageKey };

/**
 * The language list, directions and Intl tags: a few hundred bytes, so they ride in the entry
 * chunk. A chunk of their own cost a whole round trip before the catalogue could even be asked
 * for, and on slow 3G every round trip is ~0.4 s of the 3 s budget.
 */
export type LocaleMeta = typeof localeMeta;

export function loadLocaleMeta(): Promise<LocaleMeta> {
  return Promise.resolve(localeMeta);
}

// Only the chosen language's catalogue is downloaded; each is its own small chunk.
const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  sv: () => import('@motesplats/i18n/catalogues/sv').then((m) => m.sv),
  en: () => import('@motesplats/i18n/catalogues/en').then((m) => m.en),
  ar: () => import('@motesplats/i18n/catalogues/ar').then((m) => m.ar),
  prs: () => import('@motesplats/i18n/catalogues/prs').then((m) => m.prs),
  so: () => import('@motesplats/i18n/catalogues/so').then((m) => m.so),
  ti: () => import('@motesplats/i18n/catalogues/ti').then((m) => m.ti),
};

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  return LOADERS[locale]();
}

const STORAGE_KEY = 'motesplats.newcomer.locale';

/** The remembered choice, else the first of the browser's languages we have, else Swedish. */
export function initialLocale({ isLocale, DEFAULT_LOCALE }: LocaleMeta): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be disabled; fall through to the browser's languages.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    // Persian (fa) readers in Afghanistan write Dari; fa-AF is Dari's standard.
    const candidate = base === 'fa' ? 'prs' : base;
    if (isLocale(candidate)) return candidate;
  }
  return DEFAULT_LOCALE;
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}

// --- A tiny ICU MessageFormat subset: {arg}, {n, plural, =0 {…} one {…} other {…}} with #,
// and {x, select, …}. Enough for our catalogues, without intl-messageformat's weight.
type Node =
  | string
  | { hash: true }
  | { arg: string }
  | { arg: string; kind: string; options: Record<string, Node[]> };

function parse(source: string): Node[] {
  let i = 0;
  const message = (): Node[] => {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (i < source.length && source[i] !== '}') {
      const c = source[i]!;
      if (c === '{') {
        flush();
        out.push(argument());
      } else if (c === '#') {
        flush();
        out.push({ hash: true });
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const argument = (): Node => {
    i++; // {
    const head = /^\s*([^,}\s]+)\s*(?:,\s*(\w+)\s*,)?/.exec(source.slice(i))!;
    i += head[0].length;
    const name = head[1]!;
    if (!head[2]) {
      while (source[i] !== '}' && i < source.length) i++;
      i++;
      return { arg: name };
    }
    const options: Record<string, Node[]> = {};
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (source[i] === '}' || i >= source.length) break;
      const open = source.indexOf('{', i);
      const selector = source.slice(i, open).trim();
      i = open + 1;
      options[selector] = message();
      i++; // }
    }
    i++; // }
    return { arg: name, kind: head[2], options };
  };
  return message();
}

export type Params = Record<string, string | number>;

function render(nodes: Node[], params: Params, locale: string, hash?: number): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if ('hash' in node) out += hash === undefined ? '#' : formatNumber(locale, hash);
    else if (!('kind' in node)) {
      const value = params[node.arg];
      out += typeof value === 'number' ? formatNumber(locale, value) : (value ?? '');
    } else if (node.kind === 'plural') {
      const n = Number(params[node.arg] ?? 0);
      const form = new Intl.PluralRules(locale).select(n);
      const chosen = node.options[`=${n}`] ?? node.options[form] ?? node.options.other ?? [];
      out += render(chosen, params, locale, n);
    } else {
      const chosen = node.options[String(params[node.arg])] ?? node.options.other ?? [];
      out += render(chosen, params, locale, hash);
    }
  }
  return out;
}

function formatNumber(locale: string, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** `intlLocale`: the Intl tag whose plural rules and digits apply (INTL_LOCALE). */
export function translator(intlLocale: string, catalogue: Catalogue): Translate {
  const cache = new Map<MessageKey, Node[]>();
  return (key, params = {}) => {
    let nodes = cache.get(key);
    if (!nodes) {
      nodes = parse(catalogue[key] ?? key);
      cache.set(key, nodes);
    }
    return render(nodes, params, intlLocale);
  };
}

export type I18n = {
  locale: Locale;
  meta: LocaleMeta;
  t: Translate;
  /** Whether the catalogue has this key (keys built from server data, e.g. an item code). */
  has: (key: string) => key is MessageKey;
  /** A date and time as people read it in this language. */
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
};

export function makeI18n(meta: LocaleMeta, locale: Locale, catalogue: Catalogue): I18n {
  const tag = meta.INTL_LOCALE[locale];
  return {
    locale,
    meta,
    t: translator(tag, catalogue),
    has: (key: string): key is MessageKey => Object.hasOwn(catalogue, key),
    dateTime: (iso) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    date: (iso) => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(iso)),
  };
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nContext>');
  return value;
}
