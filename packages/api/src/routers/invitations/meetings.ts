import type { InvitationMeeting } from '@motesplats/contracts';
import type { Renderer } from './renderer.js';
import type { InvitationStep } from './visit-steps.js';

/**
 * Whom the household meets: each actor once, in chain order, by its translated name. A
 * 'home-municipality-info' step is not a meeting with the municipality: it is named after the
 * home municipality, and carries what the location wrote on how to reach it.
 */
export function meetingsOf(steps: readonly InvitationStep[], r: Renderer): InvitationMeeting[] {
  const seen = new Set<string>();
  const meetings: InvitationMeeting[] = [];
  for (const step of steps) {
    if (seen.has(step.actor)) continue;
    seen.add(step.actor);
    const actorName = r.t(`actor.${step.actor}`);
    const municipality = step.municipality?.name ?? null;
    const homeInfo = step.kind === 'home-municipality-info';
    meetings.push({
      actor: step.actor,
      kind: step.kind,
      name: homeInfo && municipality ? `${actorName} – ${municipality}` : actorName,
      municipality,
      homeContact: homeInfo ? (step.homeContact?.text ?? null) : null,
    });
  }
  return meetings;
}
