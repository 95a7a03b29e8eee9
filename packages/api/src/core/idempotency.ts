import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import type { Prisma } from '@motesplats/db';
import { stableHash } from './stable-hash.js';

/** Clients send a fresh key per user action, e.g. crypto.randomUUID(). */
export const IdempotencyKey = z
  .string()
  .min(16, 'expected an idempotency key of 16-200 characters, e.g. a UUID')
  .max(200, 'expected an idempotency key of 16-200 characters, e.g. a UUID');

export type IdempotencyClaim = {
  principal: string;
  key: string;
  procedure: string;
  inputHash: string;
};

export function claimFor(
  principal: string,
  key: string,
  procedure: string,
  input: unknown,
): IdempotencyClaim {
  return { principal, key, procedure, inputHash: stableHash(input) };
}

/** Raised when a concurrent request with the same key committed first. */
export class IdempotencyRaceError extends Error {
  constructor() {
    super('A request with the same idempotency key committed first');
  }
}

/**
 * The stored first result for this claim, or undefined when the key is new. A key reused for a
 * different procedure or input is the caller's bug: it must not silently return a wrong result.
 */
export async function findReplay(
  db: Prisma.TransactionClient,
  claim: IdempotencyClaim,
): Promise<{ result: unknown } | undefined> {
  const stored = await db.idempotencyRecord.findUnique({
    where: { principal_key: { principal: claim.principal, key: claim.key } },
  });
  if (!stored) return undefined;
  if (stored.procedure !== claim.procedure || stored.inputHash !== claim.inputHash) {
    throw new TRPCError({
      code: 'UNPROCESSABLE_CONTENT',
      message: `idempotencyKey: this key was already used for a different request (${stored.procedure}); send a new key for a new action`,
    });
  }
  return { result: (stored.result as { value: unknown }).value };
}

/** Stores the result in the mutation's own transaction, so it exists exactly when the effect does. */
export async function recordResult(
  db: Prisma.TransactionClient,
  claim: IdempotencyClaim,
  result: unknown,
): Promise<void> {
  try {
    await db.idempotencyRecord.create({
      // Wrapped so that a null or undefined result is still a JSON object, never SQL NULL.
      data: { ...claim, result: { value: result ?? null } as Prisma.InputJsonValue },
    });
  } catch {
    // The primary key (principal, key) is the only constraint here: someone else won the race.
    throw new IdempotencyRaceError();
  }
}
