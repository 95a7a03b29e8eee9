import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ActorId } from '@motesplats/contracts';
import { TRPCClientError } from '@trpc/client';
import { createCaseworkerApi, type CaseworkerApi } from './api.js';

export interface CaseworkerKitValue {
  api: CaseworkerApi;
  /**
   * The signed-in caseworker's agency: "my" queue, "our" checklist items. Null for the location's
   * own views (the day board in the shell), which belong to no agency.
   */
  agency: ActorId | null;
  locationId: string;
  caseworkerId: string;
}

const KitContext = createContext<CaseworkerKitValue | null>(null);

export interface CaseworkerKitProviderProps {
  /** The gateway's tRPC endpoint; used when no `api` is given. */
  trpcUrl?: string;
  /** The app's own client (see CaseworkerApi); wins over `trpcUrl`. */
  api?: CaseworkerApi;
  /** The app's QueryClient; one is created when left out. */
  queryClient?: QueryClient;
  agency: ActorId | null;
  locationId: string;
  caseworkerId: string;
  children: ReactNode;
}

/** Retries only what may pass next time: no tRPC status (network) or a 5xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!(error instanceof TRPCClientError)) return false;
  const status: unknown = error.data?.httpStatus;
  return typeof status !== 'number' || status >= 500;
}

export function createKitQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, staleTime: 2_000 } },
  });
}

export function CaseworkerKitProvider({
  trpcUrl,
  api,
  queryClient,
  agency,
  locationId,
  caseworkerId,
  children,
}: CaseworkerKitProviderProps) {
  const [ownQueryClient] = useState(createKitQueryClient);
  const client = useMemo(() => {
    if (api) return api;
    if (!trpcUrl) throw new Error('CaseworkerKitProvider: pass trpcUrl or api');
    return createCaseworkerApi(trpcUrl);
  }, [api, trpcUrl]);
  const value = useMemo(
    () => ({ api: client, agency, locationId, caseworkerId }),
    [client, agency, locationId, caseworkerId],
  );
  return (
    <QueryClientProvider client={queryClient ?? ownQueryClient}>
      <KitContext.Provider value={value}>{children}</KitContext.Provider>
    </QueryClientProvider>
  );
}

export function useCaseworkerKit(): CaseworkerKitValue {
  const value = useContext(KitContext);
  if (!value) throw new Error('Caseworker kit components must be inside <CaseworkerKitProvider>');
  return value;
}

/** The kit for an agency's own views (queue, workspace, consent): the agency must be known. */
export function useAgencyKit(): CaseworkerKitValue & { agency: ActorId } {
  const value = useCaseworkerKit();
  if (!value.agency) {
    throw new Error('This component is an agency view: give CaseworkerKitProvider an agency');
  }
  return value as CaseworkerKitValue & { agency: ActorId };
}
