import { actorName } from '@motesplats/caseworker-kit';
import type { ActorId } from '@motesplats/contracts';

const integer = new Intl.NumberFormat('sv-SE');

export function formatCount(value: number): string {
  return integer.format(value);
}

export function actorList(actors: readonly ActorId[]): string {
  return actors.length ? actors.map(actorName).join(', ') : 'inga';
}

export function trackList(tracks: readonly (string | number)[]): string {
  return tracks.length ? `Spår ${[...tracks].sort().join(', ')}` : 'Inga spår';
}

/** Swedish count phrases: "1 avvikelse", "3 avvikelser". */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
