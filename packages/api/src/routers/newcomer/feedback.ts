import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { FeedbackDto, SubmitFeedbackInput, type InvitationLanguage } from '@motesplats/contracts';
import type { VisitFeedback } from '@motesplats/db';
import { mutation, query } from '../../core/procedure.js';
import { isoDate } from '../../core/db-dates.js';

export function feedbackDto(row: VisitFeedback): FeedbackDto {
  return {
    id: row.id,
    visitId: row.visitId,
    rating: row.rating,
    comment: row.comment,
    language: row.language as InvitationLanguage,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Feedback on the household's most recent completed visit: a rating 1–5 and a comment in the
 * person's own language. One per visit; a second is a CONFLICT (a replay with the same
 * idempotency key returns the first result instead). The comment is personal data.
 */
export const feedback = mutation({
  permission: 'newcomer:self',
  personalData: true,
  input: SubmitFeedbackInput,
  output: FeedbackDto,
  async handler({ ctx, input }) {
    const householdId = ctx.session!.id;
    const visit = await ctx.db.visit.findFirst({
      where: { householdId, status: 'completed' },
      orderBy: [{ date: 'desc' }, { startTime: 'desc' }, { createdAt: 'desc' }],
      select: { id: true, locationId: true, date: true },
    });
    if (!visit) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'feedback opens after the visit: your household has no completed visit yet',
      });
    }
    // No unique index on visitId: two submissions at once must not both pass the check below.
    const lockKey = `visit-feedback:${visit.id}`;
    await ctx.db.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${lockKey}))`;
    const earlier = await ctx.db.visitFeedback.findFirst({
      where: { visitId: visit.id },
      select: { createdAt: true },
    });
    if (earlier) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `Feedback on your visit of ${isoDate(visit.date)} was already sent on ${isoDate(earlier.createdAt)}; there is one feedback per visit`,
      });
    }
    const row = await ctx.db.visitFeedback.create({
      data: {
        householdId,
        visitId: visit.id,
        locationId: visit.locationId,
        rating: input.rating,
        comment: input.comment,
        language: input.language,
      },
    });
    await ctx.audit({
      action: 'create',
      entity: 'visit-feedback',
      entityId: row.id,
      locationId: visit.locationId,
      householdId,
      detail: { visitId: visit.id, rating: input.rating, language: input.language },
    });
    return feedbackDto(row);
  },
});

/** The household's own feedback, newest first, so the app can say "thank you, sent". */
export const myFeedback = query({
  permission: 'newcomer:self',
  personalData: true,
  input: z.void(),
  output: z.array(FeedbackDto),
  async handler({ ctx }) {
    const householdId = ctx.session!.id;
    const rows = await ctx.db.visitFeedback.findMany({
      where: { householdId },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    });
    await ctx.audit({
      action: 'read',
      entity: 'visit-feedback',
      householdId,
      detail: { count: rows.length },
    });
    return rows.map(feedbackDto);
  },
});
