import { ConsentGrantDto, GrantConsentInput } from '@motesplats/contracts';
import { mutation } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { consentingHousehold } from '../newcomer/session-household.js';
import { grantDto } from './grant-dto.js';

const YEAR_MS = 366 * 24 * 3600 * 1000;

/** The newcomer lets an agency (or everyone present today) read their checklist until a time. */
export const grant = mutation({
  permission: 'consent:manage',
  personalData: true,
  input: GrantConsentInput,
  output: ConsentGrantDto,
  // The desk code is checked before the transaction, so a wrong code counts towards the lockout.
  before: ({ ctx, input }) => consentingHousehold(ctx, input),
  async handler({ ctx, input, prepared }) {
    const now = ctx.deps.now();
    const until = new Date(input.until);
    if (until <= now || until.getTime() - now.getTime() > YEAR_MS) {
      throw badRequest([
        { path: 'until', message: 'expected a time in the future, at most a year ahead' },
      ]);
    }
    const { householdId, via } = prepared as Awaited<ReturnType<typeof consentingHousehold>>;
    const row = await ctx.db.consentGrant.create({
      data: {
        householdId,
        grantee: input.grantee,
        scope: 'read',
        from: now,
        until,
        grantedVia: via,
      },
    });
    await ctx.audit({
      action: 'create',
      entity: 'consent-grant',
      entityId: row.id,
      householdId,
      detail: { grantee: input.grantee, via },
    });
    return grantDto(row, now);
  },
});
