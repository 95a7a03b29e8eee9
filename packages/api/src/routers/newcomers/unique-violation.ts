import { TRPCError } from '@trpc/server';
import { isUniqueViolation } from '../../core/unique-violation.js';

/** An identifier that already belongs to someone is the caller's conflict, not a server fault. */
export async function conflictOnDuplicate<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `${field}: this number is already registered to a newcomer`,
      });
    }
    throw error;
  }
}
