import {
  CancelVisitInput,
  RescheduleVisitInput,
  SkipStepInput,
  StepActionInput,
  VisitActionInput,
  VisitDto,
} from '@motesplats/contracts';
import type { VisitEvent } from '@motesplats/tracks';
import type { z } from 'zod';
import { mutation, type HandlerContext } from '../../core/procedure.js';
import { applyVisitEvent, staffOf } from './apply-event.js';
import { staffNamesFor, visitDto } from './visit-dto.js';

type Input<S extends z.ZodType> = z.output<S>;

/** One procedure per event of the visit state machine; each is checked by it and audited. */
function visitEvent<S extends z.ZodObject>(
  schema: S,
  name: string,
  toEvent: (input: Input<S>, base: { at: string; by: ReturnType<typeof staffOf> }) => VisitEvent,
) {
  return mutation({
    permission: 'visits:act',
    personalData: true,
    input: schema,
    output: VisitDto,
    async handler({ ctx, input }: { ctx: HandlerContext; input: Input<S> }) {
      const base = { at: ctx.deps.now().toISOString(), by: staffOf(ctx) };
      const { visitId, expectedVersion } = input as unknown as {
        visitId: string;
        expectedVersion: number;
      };
      const row = await applyVisitEvent(ctx, visitId, expectedVersion, () => toEvent(input, base));
      await ctx.audit({
        action: 'update',
        entity: 'visit',
        entityId: row.id,
        locationId: row.locationId,
        householdId: row.householdId,
        detail: { event: name, version: row.version },
      });
      return visitDto(row, await staffNamesFor(ctx.db, [row]));
    },
  });
}

export const checkIn = visitEvent(VisitActionInput, 'check-in', (_i, base) => ({
  type: 'check-in',
  ...base,
}));
export const noShow = visitEvent(VisitActionInput, 'no-show', (_i, base) => ({
  type: 'no-show',
  ...base,
}));
export const cancel = visitEvent(CancelVisitInput, 'cancel', (i, base) => ({
  type: 'cancel',
  ...base,
  ...(i.reason ? { reason: i.reason } : {}),
}));
export const reschedule = visitEvent(RescheduleVisitInput, 'reschedule', (i, base) => ({
  type: 'reschedule',
  ...base,
  date: i.date,
  time: i.time,
}));
export const startStep = visitEvent(StepActionInput, 'start-step', (i, base) => ({
  type: 'start-step',
  ...base,
  step: i.step,
  actor: i.actor,
}));
export const completeStep = visitEvent(StepActionInput, 'complete-step', (i, base) => ({
  type: 'complete-step',
  ...base,
  step: i.step,
  actor: i.actor,
}));
export const skipStep = visitEvent(SkipStepInput, 'skip-step', (i, base) => ({
  type: 'skip-step',
  ...base,
  step: i.step,
  actor: i.actor,
  reason: i.reason,
}));
