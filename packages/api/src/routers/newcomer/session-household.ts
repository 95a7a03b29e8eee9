import { TRPCError } from '@trpc/server';
import type { HandlerContext } from '../../core/procedure.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { verifyAccessCode } from './verify-code.js';

/**
 * Whose household a consent action is for. The newcomer acts in their own app; a caseworker acts
 * only at the desk with the newcomer's personal code, typed by the newcomer.
 */
export async function consentingHousehold(
  ctx: HandlerContext,
  input: { householdId?: string | undefined; accessCode?: string | undefined },
): Promise<{ householdId: string; via: 'app' | 'desk' }> {
  if (ctx.session?.role === 'newcomer') return { householdId: ctx.session.id, via: 'app' };
  if (!input.householdId || !input.accessCode) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'accessCode: at the desk, the newcomer types their personal code; householdId and accessCode are both required',
    });
  }
  const household = await loadHouseholdInScope(ctx, input.householdId);
  const codeHousehold = await verifyAccessCode(
    ctx.db,
    input.accessCode,
    ctx.request.ip,
    ctx.deps.now(),
    'accessCode',
  );
  if (codeHousehold !== household.id) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'accessCode: the code belongs to another household',
    });
  }
  return { householdId: household.id, via: 'desk' };
}
