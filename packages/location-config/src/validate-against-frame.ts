import { ACTOR_NAMES } from './actors.js';
import type { ConfigIssue, RuleIssue } from './issue.js';
import { toConfigIssue } from './issue.js';
import type { LocationConfig } from './location-config.js';
import type { NationalFrame } from './national-frame.js';
import { TRACK_IDS } from './tracks.js';

/**
 * Where a (valid) location config breaks the national frame, each issue at its path. Only enabled
 * tracks are held to the frame: a disabled track is not offered, so it cannot break it. An empty
 * list means the location is within the frame.
 */
export function validateAgainstFrame(config: LocationConfig, frame: NationalFrame): ConfigIssue[] {
  const issues: RuleIssue[] = [];
  for (const track of TRACK_IDS) {
    const { enabled, chain } = config.tracks[track];
    if (!enabled) continue;
    const chainPath = ['tracks', track, 'chain'];
    const required = frame.requiredActors[track];

    for (const actor of required) {
      const index = chain.findIndex((step) => step.actor === actor);
      const step = chain[index];
      const name = `${ACTOR_NAMES[actor].sv} (${actor})`;
      if (!step) {
        issues.push({
          path: chainPath,
          message: `Expected track ${track} to include a ${name} step: the national frame requires ${required.join(', ')}`,
          code: 'frame.required-actor',
          params: { track, actor },
        });
      } else if (step.condition !== undefined) {
        issues.push({
          path: [...chainPath, index, 'condition'],
          message: `Expected the ${name} step to apply to everyone (no condition): the national frame requires it in track ${track}`,
          code: 'frame.required-unconditional',
          params: { track, actor },
        });
      }
    }

    const minutes = chain.reduce((sum, step) => sum + step.minutes, 0);
    if (minutes > frame.maxChainMinutes) {
      issues.push({
        path: chainPath,
        message: `Expected the chain of track ${track} to take at most ${frame.maxChainMinutes} minutes with every step counted, it takes ${minutes}`,
        code: 'frame.max-minutes',
        params: { track, maximum: frame.maxChainMinutes, minutes },
      });
    }

    chain.forEach((step, index) => {
      if (step.mode !== 'in-person' && frame.inPersonOnly.includes(step.actor)) {
        issues.push({
          path: [...chainPath, index, 'mode'],
          message: `Expected ${ACTOR_NAMES[step.actor].sv} (${step.actor}) to meet in person: the national frame does not allow ${step.mode}`,
          code: 'frame.in-person',
          params: { actor: step.actor, mode: step.mode },
        });
      }
    });
  }

  const missing = frame.requiredInfoSheetLanguages.filter(
    (language) => !config.infoSheetLanguages.includes(language),
  );
  if (missing.length > 0) {
    issues.push({
      path: ['infoSheetLanguages'],
      message: `Expected the info sheet to be offered in ${missing.join(', ')}: the national frame requires ${frame.requiredInfoSheetLanguages.join(', ')}`,
      code: 'frame.info-sheet-languages',
      params: { missing: missing.join(', ') },
    });
  }
  return issues.map(toConfigIssue);
}
