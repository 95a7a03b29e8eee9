import { TRPCError } from '@trpc/server';
import type { Prisma } from '@motesplats/db';
import { normaliseAccessCode, secretMatches } from '../../auth/access-code.js';
import { assertNotLocked, clearFailures, recordFailure } from '../../auth/login-throttle.js';

/**
 * Checks a personal code and returns its household. Every failure counts against the caller's IP
 * and, when the code's first group names a household, against that household: 10 failures lock
 * either for 15 minutes. Runs on the plain client, so failures are kept even though we throw.
 */
export async function verifyAccessCode(
  db: Prisma.TransactionClient,
  input: string,
  ip: string,
  now: Date,
  field = 'code',
): Promise<string> {
  const normalised = normaliseAccessCode(input);
  const keys = [`ip:${ip}`, ...(normalised ? [`code:${normalised.slice(0, 4)}`] : [])];
  await assertNotLocked(db, keys, now);
  const access = normalised
    ? await db.newcomerAccess.findUnique({ where: { lookup: normalised.slice(0, 4) } })
    : null;
  if (!normalised || !access || !secretMatches(normalised, access.secretHash)) {
    await recordFailure(db, keys, now);
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: `${field}: the code is not right; check it against the invitation`,
    });
  }
  await clearFailures(db, `code:${access.lookup}`);
  return access.householdId;
}
