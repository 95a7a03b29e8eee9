import { ACTOR_NAMES } from '../actors.js';
import type { TrackConfig } from '../chain.js';
import type { RuleIssue } from '../issue.js';
import { formatIssuePath } from '../issue.js';
import type { LocationConfig } from '../location-config-shape.js';
import type { TrackId } from '../tracks.js';
import { TRACK_IDS } from '../tracks.js';
import { duplicateIssues } from './unique.js';

/**
 * Rules on each track's chain. A disabled track's chain is checked like an enabled one when it
 * has steps, so switching a track on never reveals errors for the first time; a disabled track
 * may have an empty chain (the location does not offer it).
 */
export function chainIssues(config: LocationConfig): RuleIssue[] {
  return TRACK_IDS.flatMap((track) => trackChainIssues(config, track, config.tracks[track]));
}

function trackChainIssues(config: LocationConfig, track: TrackId, trackConfig: TrackConfig) {
  const issues: RuleIssue[] = [];
  const chainPath = ['tracks', track, 'chain'];
  const { chain } = trackConfig;

  if (trackConfig.enabled && chain.length === 0) {
    issues.push({
      path: chainPath,
      message: `Expected at least one step in enabled track ${track}`,
      code: 'chain.empty-enabled',
      params: { track },
    });
  }

  // The newcomer is walked from actor to actor; meeting one twice means the chain is mis-edited.
  // Several units of one actor go into that step's `units` instead.
  const firstIndex = new Map<string, number>();
  chain.forEach((step, index) => {
    const first = firstIndex.get(step.actor);
    if (first === undefined) firstIndex.set(step.actor, index);
    else
      issues.push({
        path: [...chainPath, index, 'actor'],
        message: `Expected each actor once in the chain: ${step.actor} already meets the newcomer at ${formatIssuePath([...chainPath, first])}`,
        code: 'chain.actor-twice',
        params: { actor: step.actor, step: first + 1 },
      });
  });

  // Video steps are how an absent actor takes part; in person needs someone at the venue.
  chain.forEach((step, index) => {
    if (step.mode === 'in-person' && !config.actors.includes(step.actor)) {
      issues.push({
        path: [...chainPath, index, 'actor'],
        message: `Expected an actor present at the location for an in-person step: ${step.actor} is not in actors (add it there or make the step 'video')`,
        code: 'chain.in-person-absent',
        params: { actor: step.actor },
      });
    }
  });

  if (track === '1') issues.push(...trackOneIssues(chain, chainPath));
  else {
    // Spår 2 and 3 invite people who have already been notified of their decision.
    chain.forEach((step, index) => {
      if (step.actor === 'mv') {
        issues.push({
          path: [...chainPath, index, 'actor'],
          message: `Expected no ${ACTOR_NAMES.mv.sv} (mv) step in track ${track}: its newcomers have already been notified of their decision`,
          code: 'chain.mv-outside-track-1',
          params: { track },
        });
      }
    });
  }

  chain.forEach((step, index) => {
    issues.push(
      ...duplicateIssues(
        step.units ?? [],
        (u) => u.id,
        [...chainPath, index, 'units'],
        'id',
        'unit id',
      ),
    );
  });
  return issues;
}

/** Spår 1 exists because Migrationsverket notifies the decision first; everything follows it. */
function trackOneIssues(chain: TrackConfig['chain'], chainPath: string[]): RuleIssue[] {
  const first = chain[0];
  if (!first) return [];
  if (first.actor !== 'mv') {
    return [
      {
        path: [...chainPath, 0, 'actor'],
        message: `Expected track 1 to start with ${ACTOR_NAMES.mv.sv} (mv), which notifies the decision, got ${first.actor}`,
        code: 'chain.track-1-starts-with-mv',
        params: { actor: first.actor },
      },
    ];
  }
  if (first.condition !== undefined) {
    return [
      {
        path: [...chainPath, 0, 'condition'],
        message: `Expected the ${ACTOR_NAMES.mv.sv} (mv) step of track 1 to apply to everyone (no condition)`,
        code: 'chain.mv-unconditional',
      },
    ];
  }
  return [];
}
