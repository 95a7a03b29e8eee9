import { NewcomerLoginInput, SessionUser } from '@motesplats/contracts';
import { naturallyIdempotentMutation } from '../../core/procedure.js';
import { signSessionToken } from '../../auth/session-token.js';
import { verifyAccessCode } from './verify-code.js';

/**
 * The newcomer signs in with the personal code from the invitation (typed, or from its QR code).
 * The session's id is the household's: the newcomer acts for their own household only.
 */
export const login = naturallyIdempotentMutation({
  permission: 'newcomer:login',
  input: NewcomerLoginInput,
  output: SessionUser,
  why: 'Signing in twice with the same code only re-issues the caller’s own cookie.',
  async handler({ ctx, input }) {
    const now = ctx.deps.now();
    const householdId = await verifyAccessCode(ctx.db, input.code, ctx.request.ip, now);
    const household = await ctx.db.household.findUniqueOrThrow({
      where: { id: householdId },
      include: { members: { orderBy: { birthDate: 'asc' }, take: 1 } },
    });
    const user: SessionUser = {
      id: household.id,
      displayName: household.members[0]?.givenName ?? household.reference,
      role: 'newcomer',
      agency: null,
      locationId: household.locationId,
    };
    ctx.request.setSessionToken(
      await signSessionToken(user, ctx.deps.sessionSecret, ctx.deps.sessionTtlSeconds, now),
      ctx.deps.sessionTtlSeconds,
    );
    await ctx.audit({
      action: 'read',
      entity: 'newcomer-session',
      entityId: household.id,
      householdId: household.id,
      locationId: household.locationId,
    });
    return user;
  },
});
