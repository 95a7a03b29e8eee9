import type { RuleIssue } from '../issue.js';
import type { LocationConfig } from '../location-config-shape.js';
import { chainIssues } from './chain-rules.js';
import { identityIssues } from './identity-rules.js';
import { openingHoursIssues } from './opening-hours-rules.js';
import { reachIssues } from './reach-rules.js';
import { trackIssues } from './track-rules.js';

/** Every rule that relates fields of a well-typed config, in a stable order. */
export function locationConfigRuleIssues(config: LocationConfig): RuleIssue[] {
  return [
    ...identityIssues(config),
    ...trackIssues(config),
    ...chainIssues(config),
    ...reachIssues(config),
    ...openingHoursIssues(config),
  ];
}
