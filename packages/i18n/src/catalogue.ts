import type { MessageKey } from './catalogues/sv.js';

export type { MessageKey };

/** Every locale has every key: a missing translation is a type error and a failing test. */
export type Catalogue = Record<MessageKey, string>;
