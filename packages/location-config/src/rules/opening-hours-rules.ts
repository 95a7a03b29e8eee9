import type { RuleIssue } from '../issue.js';
import type { LocationConfig } from '../location-config-shape.js';

/** HH:MM strings are zero-padded, so string order is time order. */
export function openingHoursIssues(config: LocationConfig): RuleIssue[] {
  const issues: RuleIssue[] = [];
  config.openingHours.forEach((entry, index) => {
    if (entry.opens >= entry.closes) {
      issues.push({
        path: ['openingHours', index, 'closes'],
        message: `Expected a closing time after the opening time ${entry.opens}`,
        code: 'hours.closes-before-opens',
        params: { opens: entry.opens },
      });
    }
  });
  return issues;
}
