import { InvitationDto, InvitationQuery } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { invitationForVisit } from './render-visit.js';
import { loadVisitInScope } from './load-visit.js';

/**
 * A visit's invitation (kallelse) in one of the six languages: time, place, whom they meet,
 * what to bring. The addressees are the household's members, so every read is audited.
 */
export const get = query({
  permission: 'invitations:read',
  personalData: true,
  input: InvitationQuery,
  output: InvitationDto,
  async handler({ ctx, input }) {
    const visit = await loadVisitInScope(ctx, input.visitId);
    const invitation = invitationForVisit(visit, input.language);
    await ctx.audit({
      action: 'read',
      entity: 'invitation',
      entityId: visit.id,
      locationId: visit.locationId,
      householdId: visit.householdId,
      detail: { language: input.language },
    });
    return invitation;
  },
});
