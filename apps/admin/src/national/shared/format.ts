import { ACTOR_NAMES, type ActorId } from '@motesplats/contracts';

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  // Every Mötesplats keeps Swedish time, whatever the admin's browser is set to.
  timeZone: 'Europe/Stockholm',
});
const integer = new Intl.NumberFormat('sv-SE');

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function actorName(actor: ActorId): string {
  return ACTOR_NAMES[actor].sv;
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
