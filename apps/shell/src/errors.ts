import { TRPCClientError } from '@trpc/client';

export type FieldIssue = { path: string; message: string };

/**
 * tRPC turns a zod input error into a BAD_REQUEST whose message is the JSON list of zod issues.
 * Returns those issues (path joined with '.'), or null when the error is anything else.
 */
export function zodIssuesOf(error: unknown): FieldIssue[] | null {
  if (!(error instanceof TRPCClientError)) return null;
  try {
    const parsed: unknown = JSON.parse(error.message);
    if (!Array.isArray(parsed)) return null;
    return parsed.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { path, message } = issue as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      return [{ path: Array.isArray(path) ? path.join('.') : '', message }];
    });
  } catch {
    return null;
  }
}

/** A short human-readable reason, for error texts that say what failed and why. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
