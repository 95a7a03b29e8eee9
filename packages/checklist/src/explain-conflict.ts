import { formatMessage } from '@motesplats/target-group';
import type { MessageParams } from '@motesplats/target-group';
import type { Conflict, ConflictActivity } from './conflict.js';
import { FULL_TIME_HOURS, WEEKLY_HOURS_LIMIT } from './conflict.js';
import type { ChecklistCatalogue, ChecklistMessageKey } from './messages.js';

/**
 * A conflict's explanation in the catalogue's language. It takes any catalogue with the
 * package's keys, so the i18n package renders ar, prs, so and ti the same way sv and en are.
 */
export function explainConflict(
  conflict: Pick<Conflict, 'messageKey' | 'activities' | 'period' | 'totalHours'>,
  catalogue: ChecklistCatalogue,
): string {
  const text = (key: ChecklistMessageKey, params: MessageParams) =>
    formatMessage(catalogue[key], params);
  const kind = (a: ConflictActivity | undefined) => (a ? catalogue[`activity.${a.kind}`] : '');
  const actor = (a: ConflictActivity | undefined) => (a ? catalogue[`actor.${a.actor}`] : '');
  const { from, until } = conflict.period;
  const [first, second] = conflict.activities;
  return text(conflict.messageKey, {
    period: until === null ? text('period.open', { from }) : text('period.closed', { from, until }),
    activities: conflict.activities
      .map((a) =>
        text('conflict.activity', { kind: kind(a), actor: actor(a), hours: a.hoursPerWeek }),
      )
      .join(', '),
    first: kind(first),
    firstActor: actor(first),
    second: kind(second),
    secondActor: actor(second),
    hours: conflict.totalHours,
    limit: WEEKLY_HOURS_LIMIT,
    fullTime: FULL_TIME_HOURS,
  });
}
