/** Whether a database error is a unique-constraint violation (Prisma's P2002, on either adapter). */
export function isUniqueViolation(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { code?: unknown }).code === 'P2002';
}
