import { DriverAdapterError } from '@prisma/driver-adapter-utils';

/** The fields both `pg` and PGlite put on an error the server reported. */
interface ServerError {
  message: string;
  code?: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
}

/**
 * Turns a server error into the form the schema engine and Prisma Client understand, so that a
 * failing migration reports PostgreSQL's message, code and hint. Anything else passes unchanged.
 */
export function asDriverAdapterError(error: unknown): unknown {
  if (!isServerError(error)) return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code,
    severity: error.severity ?? 'ERROR',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

function isServerError(error: unknown): error is ServerError & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as ServerError).code === 'string' &&
    typeof (error as ServerError).severity === 'string'
  );
}
