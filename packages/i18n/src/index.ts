export {
  LOCALES,
  DEFAULT_LOCALE,
  LOCALE_NAMES,
  INTL_LOCALE,
  isLocale,
  direction,
  type Locale,
} from './locales.js';
export type { Catalogue, MessageKey } from './catalogue.js';
export { CATALOGUES } from './catalogues/index.js';
export { REVIEW_STATUS, reviewStatus, type ReviewStatus } from './review-status.js';
export { translate, type MessageParams } from './translate.js';
