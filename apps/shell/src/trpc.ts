import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { QueryClient } from '@tanstack/react-query';
// Type-only: the shell ships no router code, it only borrows the gateway's types.
import type { AppRouter } from '@motesplats/api';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createTrpcClient(url: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The session is an httpOnly cookie; VITE_GATEWAY_URL may put the gateway on another origin.
        fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
      }),
    ],
  });
}

/**
 * Only what may pass is retried: network failures (fetch throws a TypeError) and 5xx. A 4xx or an
 * answer that breaks the contract will be the same next time.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof TRPCClientError) {
    const status: unknown = error.data?.httpStatus;
    return typeof status !== 'number' || status >= 500;
  }
  if (error instanceof HttpError) return error.status >= 500;
  return error instanceof TypeError;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000 } },
  });
}

/** A plain (non-tRPC) gateway answer that was not 2xx. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
