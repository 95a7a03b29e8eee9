import type { ChainStep, TrackId } from '@motesplats/location-config';

/**
 * The national default chains (DOMAIN.md, "The tracks"): spår 1 meets MV, AF, FK, PM, SKV and the
 * municipality, in that order; spår 2 and 3 the same without MV (already notified). Minutes add
 * up to about the "four hours" of the seeds once the walks between rooms are counted: 215 for
 * spår 1, 185 for spår 2 and 3. AF's establishment meeting is the longest (mapping, grades and
 * certificates, the benefit application). Pensionsmyndigheten only for someone aged 65 or over.
 * No notes: what each meeting is about is national text (i18n), notes are for local variations.
 */
const SPAR_1: readonly ChainStep[] = [
  { actor: 'mv', minutes: 30, mode: 'in-person' },
  { actor: 'af', minutes: 60, mode: 'in-person' },
  { actor: 'fk', minutes: 30, mode: 'in-person' },
  { actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' },
  { actor: 'skv', minutes: 30, mode: 'in-person' },
  { actor: 'kommun', minutes: 45, mode: 'in-person' },
];

/**
 * A fresh copy each call: callers (the admin UI starting a local chain) may edit it freely.
 */
export function defaultChain(track: TrackId): ChainStep[] {
  const steps = track === '1' ? SPAR_1 : SPAR_1.filter((step) => step.actor !== 'mv');
  return steps.map((step) => ({ ...step }));
}
