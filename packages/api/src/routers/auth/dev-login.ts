import { TRPCError } from '@trpc/server';
import { DevLoginInput, SessionUser } from '@motesplats/contracts';
import { naturallyIdempotentMutation } from '../../core/procedure.js';
import { devDisplayName } from '../../auth/dev-identity.js';
import { signSessionToken } from '../../auth/session-token.js';

/**
 * Development login: pick a role, agency and location. Exists only when the gateway runs with
 * MOTESPLATS_DEV_LOGIN=1; otherwise it answers exactly like a procedure that does not exist.
 */
export const devLogin = naturallyIdempotentMutation({
  permission: 'session:dev-login',
  input: DevLoginInput,
  output: SessionUser,
  why: 'Signing in again as the same development identity only re-issues the caller’s own cookie.',
  async handler({ ctx, input }) {
    if (!ctx.deps.devLogin) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'No procedure auth.devLogin' });
    }
    const role = input.role;
    const agency = role === 'caseworker' ? (input.agency ?? null) : null;
    const locationId =
      role === 'caseworker' || role === 'location-admin' ? (input.locationId ?? null) : null;
    if (
      locationId &&
      !(await ctx.db.location.findUnique({ where: { id: locationId }, select: { id: true } }))
    ) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `locationId: no location '${locationId}'`,
      });
    }
    const displayName = devDisplayName({
      role,
      agency: agency ?? undefined,
      locationId: locationId ?? undefined,
    });
    const existing = await ctx.db.staffMember.findFirst({
      where: { role, agency, locationId, displayName },
    });
    const staff =
      existing ??
      (await ctx.db.staffMember.create({ data: { role, agency, locationId, displayName } }));
    const user: SessionUser = { id: staff.id, displayName, role, agency, locationId };
    const token = await signSessionToken(
      user,
      ctx.deps.sessionSecret,
      ctx.deps.sessionTtlSeconds,
      ctx.deps.now(),
    );
    ctx.request.setSessionToken(token, ctx.deps.sessionTtlSeconds);
    return user;
  },
});
