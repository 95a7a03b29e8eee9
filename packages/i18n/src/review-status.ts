import type { MessageKey } from './catalogue.js';
import type { Locale } from './locales.js';

export type ReviewStatus = 'reviewed' | 'needs-review';

/**
 * Catalogue metadata: who vouches for each text. Swedish and English are written and reviewed by
 * the team. The other four were machine-drafted and must be checked by qualified translators
 * before anyone relies on them; a key moves to 'reviewed' only by listing it here after review.
 * The newcomer never sees this flag.
 */
export const REVIEW_STATUS: Record<
  Locale,
  {
    default: ReviewStatus;
    reviewedKeys: readonly MessageKey[];
    source: 'written by the team' | 'machine-drafted';
  }
> = {
  sv: { default: 'reviewed', reviewedKeys: [], source: 'written by the team' },
  en: { default: 'reviewed', reviewedKeys: [], source: 'written by the team' },
  ar: { default: 'needs-review', reviewedKeys: [], source: 'machine-drafted' },
  prs: { default: 'needs-review', reviewedKeys: [], source: 'machine-drafted' },
  so: { default: 'needs-review', reviewedKeys: [], source: 'machine-drafted' },
  ti: { default: 'needs-review', reviewedKeys: [], source: 'machine-drafted' },
};

export function reviewStatus(locale: Locale, key: MessageKey): ReviewStatus {
  const entry = REVIEW_STATUS[locale];
  return entry.reviewedKeys.includes(key) ? 'reviewed' : entry.default;
}
