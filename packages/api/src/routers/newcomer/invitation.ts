import { TRPCError } from '@trpc/server';
import { InvitationDto, NewcomerInvitationInput, todayInSweden } from '@motesplats/contracts';
import { query, type HandlerContext } from '../../core/procedure.js';
import { dbDate } from '../../core/db-dates.js';
import { visitInclude, type VisitWithHousehold } from '../invitations/load-visit.js';
import { invitationForVisit } from '../invitations/render-visit.js';

/** Visits that are no invitation: a draft was never sent, a cancelled visit was withdrawn. */
const NOT_INVITED = ['draft', 'cancelled'];

/**
 * The household's visit to show in the app: the next one from today on (earliest first), else
 * the most recent one before today. Drafts and cancelled visits are not invitations.
 */
export async function currentVisit(
  ctx: HandlerContext,
  householdId: string,
): Promise<VisitWithHousehold | null> {
  const today = dbDate(todayInSweden(ctx.deps.now()));
  const where = { householdId, status: { notIn: NOT_INVITED } };
  const upcoming = await ctx.db.visit.findFirst({
    where: { ...where, date: { gte: today } },
    orderBy: [{ date: 'asc' }, { startTime: 'asc' }, { createdAt: 'asc' }],
    include: visitInclude,
  });
  if (upcoming) return upcoming;
  return ctx.db.visit.findFirst({
    where: { ...where, date: { lt: today } },
    orderBy: [{ date: 'desc' }, { startTime: 'desc' }, { createdAt: 'desc' }],
    include: visitInclude,
  });
}

/**
 * The newcomer's own invitation (kallelse) in the language they ask for: their household is
 * the session's, never the input's. Rendered by the same code as staff's invitations.get.
 */
export const invitation = query({
  permission: 'newcomer:self',
  personalData: true,
  input: NewcomerInvitationInput,
  output: InvitationDto,
  async handler({ ctx, input }) {
    const householdId = ctx.session!.id;
    const visit = await currentVisit(ctx, householdId);
    if (!visit) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: 'Your household has no visit booked yet, so there is no invitation to show',
      });
    }
    const result = invitationForVisit(visit, input.language);
    await ctx.audit({
      action: 'read',
      entity: 'invitation',
      entityId: visit.id,
      locationId: visit.locationId,
      householdId,
      detail: { language: input.language, via: 'app' },
    });
    return result;
  },
});
