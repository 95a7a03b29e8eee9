import type { newcomerSv } from './newcomer-sv.js';

/** The keys of the newcomer app's texts; Swedish is the source. */
export type NewcomerKey = keyof typeof newcomerSv;
