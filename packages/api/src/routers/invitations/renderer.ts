import {
  reviewStatus,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@motesplats/i18n';

export type Renderer = {
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Whether any text rendered so far is machine-drafted and not yet reviewed. */
  needsReview: () => boolean;
};

/** Translates in one language and remembers which keys it rendered, for `needsReview`. */
export function rendererFor(locale: Locale): Renderer {
  const used = new Set<MessageKey>();
  return {
    t(key, params) {
      used.add(key);
      return translate(locale, key, params);
    },
    needsReview: () => [...used].some((key) => reviewStatus(locale, key) === 'needs-review'),
  };
}
