import type { GoalFigure } from '@motesplats/contracts';
import { errorCode, errorMessage } from '@motesplats/caseworker-kit';
import { formatPercent } from '../format';

/** One line of goal fulfilment: a figure, or the reason the API gave none. */
export type GoalLine =
  | { kind: 'figure'; figure: GoalFigure }
  | { kind: 'no-permits'; where: string }
  | { kind: 'error'; message: string };

export const missingPermitsText = (period: string, where: string) =>
  `Antal beviljade uppehållstillstånd saknas för ${period} ${where}. En nationell administratör lägger in antalet under Administration.`;

/** 'nationellt', or 'för Gävle': where a figure belongs, for the messages. */
export const whereText = (locationName: string | null) =>
  locationName ? `för ${locationName}` : 'nationellt';

/**
 * The API refuses the national (or asked-for location's) figure with PRECONDITION_FAILED when
 * no permits are entered for the period: that is a message to show, not an error.
 */
export function lineOfError(error: unknown, where: string): GoalLine {
  return errorCode(error) === 'PRECONDITION_FAILED'
    ? { kind: 'no-permits', where }
    : { kind: 'error', message: errorMessage(error) };
}

/** The share as text, or why there is none; for tables and chart notes. */
export function shareText(line: GoalLine, period: string): { short: string; long: string | null } {
  if (line.kind === 'no-permits') {
    return { short: 'UT saknas', long: missingPermitsText(period, line.where) };
  }
  if (line.kind === 'error') return { short: 'Fel', long: `Kunde inte hämta: ${line.message}` };
  const f = line.figure;
  if (f.percent !== null) return { short: formatPercent(f.percent), long: null };
  if (f.permitsGranted === 0) {
    return {
      short: 'Inga UT',
      long: `Inga uppehållstillstånd beviljades under ${period} ${whereText(f.locationName)}, så andelen kan inte räknas fram.`,
    };
  }
  if (f.missing !== null) {
    return { short: 'UT saknas', long: missingPermitsText(period, whereText(f.locationName)) };
  }
  // A hidden participant count: with the public permit figure a share would reveal it.
  return { short: 'Prickad', long: null };
}

export const metText = (met: boolean | null) =>
  met === null ? '–' : met ? 'Målet uppnått' : 'Målet ej uppnått';
