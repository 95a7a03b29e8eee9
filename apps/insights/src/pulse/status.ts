import type { PulseStatus } from '@motesplats/contracts';

/** Colour is never the only signal: every status has a word, and a symbol beside the colour. */
export const PULSE_STATUSES: readonly PulseStatus[] = ['green', 'yellow', 'red'];

export const PULSE_SHORT_SV: Record<PulseStatus, string> = {
  green: 'Grönt',
  yellow: 'Gult',
  red: 'Rött',
};

export const PULSE_LONG_SV: Record<PulseStatus, string> = {
  green: 'Grönt – det fungerar bra',
  yellow: 'Gult – vissa problem',
  red: 'Rött – allvarliga problem, behöver stöd',
};

export const PULSE_SYMBOL: Record<PulseStatus, string> = { green: '●', yellow: '▲', red: '■' };

/** ISO week as people say it: 'v. 5 2017'. */
export const weekLabel = (isoWeek: string) =>
  `v. ${Number(isoWeek.slice(6))} ${isoWeek.slice(0, 4)}`;

export const ISO_WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
