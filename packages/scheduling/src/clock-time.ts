import type { ClockTime } from './types.js';

// The planner works in integer minutes since midnight; `HH:MM` exists only at the edges.
const CLOCK = /^(\d{2}):(\d{2})$/;

/** Minutes since midnight, or `null` when the text is not a time between 00:00 and 24:00. */
export function parseClock(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = CLOCK.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  return total <= 24 * 60 ? total : null;
}

export function formatClock(minutes: number): ClockTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
