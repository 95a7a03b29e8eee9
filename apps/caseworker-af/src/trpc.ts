import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { QueryClient } from '@tanstack/react-query';
// Type-only: the remote ships no router code, it only borrows the gateway's types.
import type { AppRouter } from '@motesplats/api';

/** This remote's own tRPC context; it never reaches into the shell's providers. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createTrpcClient(url: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The session is an httpOnly cookie; the gateway may sit on another origin than the page.
        fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
      }),
    ],
  });
}

/**
 * Only what may pass is retried: network failures and 5xx. A 4xx will be the same next time.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!(error instanceof TRPCClientError)) return false;
  const status: unknown = error.data?.httpStatus;
  return typeof status !== 'number' || status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000 } },
  });
}
