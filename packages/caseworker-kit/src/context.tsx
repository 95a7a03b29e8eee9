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
  /** The gateway's base URL for its plain HTTP routes (e.g. the invitation PDF): '' = same origin. */
  gatewayBaseUrl: string;
}

/** '/trpc' -> '', 'https://gw.example/trpc' -> 'https://gw.example': where /api/... lives. */
export function gatewayBaseOf(trpcUrl: string): string {
  return trpcUrl.replace(/\/trpc\/?$/, '');
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
  /** Defaults to the gateway that serves `trpcUrl`, or the page's own origin. */
  gatewayBaseUrl?: string;
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
  gatewayBaseUrl,
  children,
}: CaseworkerKitProviderProps) {
  const [ownQueryClient] = useState(createKitQueryClient);
  const client = useMemo(() => {
    if (api) return api;
    if (!trpcUrl) throw new Error('CaseworkerKitProvider: pass trpcUrl or api');
    return createCaseworkerApi(trpcUrl);
  }, [api, trpcUrl]);
  const base = gatewayBaseUrl ?? (trpcUrl ? gatewayBaseOf(trpcUrl) : '');
  const value = useMemo(
    () => ({ api: client, agency, locationId, caseworkerId, gatewayBaseUrl: base }),
    [client, agency, locationId, caseworkerId, base],
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
