import { TRPCError } from '@trpc/server';
import { ConsentGrantDto, RevokeConsentInput } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { consentingHousehold } from '../newcomer/session-household.js';
import { grantDto } from './grant-dto.js';

/** Revoking takes effect at once; the grant stays on record with the time it ended. */
export const revoke = mutation({
  permission: 'consent:manage',
  personalData: true,
  input: RevokeConsentInput,
  output: ConsentGrantDto,
  // The desk code is checked before the transaction, so a wrong code counts towards the lockout.
  async before({ ctx, input }) {
    const existing = await ctx.db.consentGrant.findUnique({ where: { id: input.grantId } });
    if (!existing)
      throw new TRPCError({ code: 'NOT_FOUND', message: `grantId: no grant '${input.grantId}'` });
    return consentingHousehold(ctx, {
      householdId: existing.householdId,
      accessCode: input.accessCode,
    });
  },
  async handler({ ctx, input, prepared }) {
    const now = ctx.deps.now();
    const existing = await ctx.db.consentGrant.findUniqueOrThrow({ where: { id: input.grantId } });
    const { householdId } = prepared as Awaited<ReturnType<typeof consentingHousehold>>;
    if (householdId !== existing.householdId) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'grantId: this grant belongs to another household',
      });
    }
    const row = existing.revokedAt
      ? existing
      : await ctx.db.consentGrant.update({ where: { id: existing.id }, data: { revokedAt: now } });
    await ctx.audit({
      action: 'update',
      entity: 'consent-grant',
      entityId: row.id,
      householdId,
      detail: { revoked: true },
    });
    return grantDto(row, now);
  },
});
