import type { RuleIssue } from '../issue.js';
import type { LocationConfig } from '../location-config-shape.js';
import { TRACK_IDS } from '../tracks.js';

/** A location that offers no track has no Mötesplats day to plan. */
export function trackIssues(config: LocationConfig): RuleIssue[] {
  if (TRACK_IDS.some((track) => config.tracks[track].enabled)) return [];
  return [
    {
      path: ['tracks'],
      message: 'Expected at least one enabled track (1, 2 or 3)',
      code: 'track.none-enabled',
    },
  ];
}
