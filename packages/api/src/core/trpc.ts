import { initTRPC } from '@trpc/server';
import type { ApiContext } from './context.js';
import type { ProcedureMeta } from './meta.js';
import { describeIssues, fieldIssues } from './error-format.js';

/**
 * The one tRPC instance. Only core/procedure.ts builds procedures from it, so no procedure can
 * skip the permission declaration.
 */
export const t = initTRPC
  .context<ApiContext>()
  .meta<ProcedureMeta>()
  .create({
    // Stacks never leave the gateway, in any environment.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const issues = fieldIssues(error);
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const requestId = ctx?.request.requestId ?? null;
      return {
        ...shape,
        message: issues.length
          ? describeIssues(issues)
          : internal
            ? `Internal error; quote request id ${requestId ?? 'unknown'} when reporting it`
            : shape.message,
        data: { ...shape.data, issues, requestId },
      };
    },
  });
