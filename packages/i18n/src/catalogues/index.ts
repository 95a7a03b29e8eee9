import type { Catalogue } from '../catalogue.js';
import type { Locale } from '../locales.js';
import { sv } from './sv.js';
import { en } from './en.js';
import { ar } from './ar.js';
import { prs } from './prs.js';
import { so } from './so.js';
import { ti } from './ti.js';

export const CATALOGUES: Record<Locale, Catalogue> = { sv, en, ar, prs, so, ti };
