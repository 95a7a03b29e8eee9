import { StatisticsError } from './errors.js';

export type GoalInput = {
  /** Distinct persons who attended (unaccompanied minors already excluded by the caller). */
  participants: number;
  /** Residence permits granted in the same period, excluding unaccompanied minors. */
  permitsGranted: number;
  /** The government goal: at least half of all newcomers pass a Mötesplats. Default 0.5. */
  goal?: number;
};

export type GoalFulfilment = { share: number; percent: number; met: boolean };

function requireCount(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new StatisticsError(
      'INVALID_OPTIONS',
      `${field} must be a whole number >= 0, got ${value}`,
    );
  }
}

/**
 * How far the government goal is met: share = participants / permits granted.
 *
 * `percent` is rounded to a whole number, half up, as the reports print it (12,525 / 21,776
 * = 57.5 % is reported as 58 %). It is computed with integers, not as
 * Math.round(share * 100), because 29 / 200 * 100 is 14.499999999999998 in floating point
 * and would print 14 instead of 15. `met` compares the exact share, not the rounded percent:
 * 49.6 % prints as 50 % but does not meet a goal of one half.
 *
 * A share may exceed 1 (people granted a permit last year can attend this year).
 * With zero permits there is no share to report, so this throws NO_PERMITS instead of
 * returning NaN or Infinity into a dashboard.
 */
export function goalFulfilment(input: GoalInput): GoalFulfilment {
  const { participants, permitsGranted } = input;
  const goal = input.goal ?? 0.5;
  requireCount(participants, 'participants');
  requireCount(permitsGranted, 'permitsGranted');
  if (typeof goal !== 'number' || !Number.isFinite(goal) || goal < 0) {
    throw new StatisticsError('INVALID_OPTIONS', `goal must be a finite number >= 0, got ${goal}`);
  }
  if (permitsGranted === 0) {
    throw new StatisticsError(
      'NO_PERMITS',
      'goal fulfilment needs at least one permit granted in the period; with none, the share does not exist',
    );
  }
  const share = participants / permitsGranted;
  // round(100p / q) half up = floor((200p + q) / 2q); the division is corrected by one step
  // so that floating point cannot land it on the wrong side of an integer.
  const numerator = 200 * participants + permitsGranted;
  const denominator = 2 * permitsGranted;
  let percent = Math.floor(numerator / denominator);
  if (percent * denominator > numerator) percent -= 1;
  else if ((percent + 1) * denominator <= numerator) percent += 1;
  return { share, percent, met: share >= goal };
}
