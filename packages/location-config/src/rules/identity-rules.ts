import type { RuleIssue } from '../issue.js';
import type { LocationConfig } from '../location-config-shape.js';
import { duplicateIssues } from './unique.js';

/**
 * Lists that other data points into by key (rooms by id in the day plan, branches and mobile
 * teams in bookings) or where a repeat is a contradiction (an actor present twice, a weekday with
 * two sets of hours) must not repeat a key.
 */
export function identityIssues(config: LocationConfig): RuleIssue[] {
  return [
    ...duplicateIssues(config.actors, (a) => a, ['actors'], null, 'actor'),
    ...duplicateIssues(config.rooms, (r) => r.id, ['rooms'], 'id', 'room id'),
    ...duplicateIssues(config.branches, (b) => b.id, ['branches'], 'id', 'branch id'),
    ...duplicateIssues(config.mobileTeams, (t) => t.id, ['mobileTeams'], 'id', 'mobile team id'),
    ...duplicateIssues(
      config.interpreters,
      (i) => i.language,
      ['interpreters'],
      'language',
      'interpreter language (add to its count instead)',
    ),
    ...duplicateIssues(
      config.infoSheetLanguages,
      (l) => l,
      ['infoSheetLanguages'],
      null,
      'info-sheet language',
    ),
    ...duplicateIssues(
      config.openingHours,
      (o) => o.weekday,
      ['openingHours'],
      'weekday',
      'weekday',
    ),
  ];
}
