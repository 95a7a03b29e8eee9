import { TRPCError } from '@trpc/server';
import type { Prisma } from '@motesplats/db';

export const MAX_FAILURES = 10;
export const LOCKOUT_MS = 15 * 60 * 1000;

/**
 * Refuses while a key (an IP address, or a code's household lookup) is locked. A lock lasts 15
 * minutes from the tenth failure within a 15-minute window; after it the count starts again.
 */
export async function assertNotLocked(
  db: Prisma.TransactionClient,
  keys: string[],
  now: Date,
): Promise<void> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const lockedUntil = rows
    .map((row) => row.lockedUntil)
    .filter((until): until is Date => !!until && until > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (lockedUntil) {
    const minutes = Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many wrong codes. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
  }
}

export async function recordFailure(
  db: Prisma.TransactionClient,
  keys: string[],
  now: Date,
): Promise<void> {
  for (const key of keys) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const windowOpen =
      row &&
      now.getTime() - row.windowStart.getTime() < LOCKOUT_MS &&
      !(row.lockedUntil && row.lockedUntil <= now);
    const failures = windowOpen ? row.failures + 1 : 1;
    const data = {
      failures,
      windowStart: windowOpen ? row.windowStart : now,
      lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCKOUT_MS) : null,
    };
    await db.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}

export async function clearFailures(db: Prisma.TransactionClient, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
