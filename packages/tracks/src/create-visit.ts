import type { TrackId } from '@motesplats/location-config';
import type { PlannedStep } from './planned-step.js';
import type { Visit } from './visit.js';
import type { VisitError } from './visit-errors.js';

export type VisitResult = { ok: true; visit: Visit } | { ok: false; error: VisitError };

export type NewVisit = { id: string; locationId: string; track: TrackId; steps: PlannedStep[] };

/**
 * A draft visit over the steps chainFor() planned for the household. The steps are copied, so
 * a later change of the location's chain does not change a visit already planned.
 */
export function createVisit(input: NewVisit): VisitResult {
  if (!/\S/.test(input.id) || !/\S/.test(input.locationId)) {
    return invalid('Expected a non-empty visit id and location id');
  }
  if (input.steps.length === 0) {
    return invalid('Expected at least one step: a visit with no meeting cannot be completed');
  }
  return {
    ok: true,
    visit: {
      id: input.id,
      locationId: input.locationId,
      track: input.track,
      status: 'draft',
      slot: null,
      steps: input.steps.map((step) => ({
        ...step,
        performers: [...step.performers],
        units: step.units.map((unit) => ({ ...unit })),
        status: 'pending',
      })),
      currentStep: 0,
      version: 1,
    },
  };
}

function invalid(message: string): VisitResult {
  return { ok: false, error: { code: 'INVALID_INPUT', message } };
}
