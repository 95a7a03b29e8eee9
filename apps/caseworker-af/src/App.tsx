import { useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { RemoteProps } from '@motesplats/contracts';
import { createQueryClient, createTrpcClient, TRPCProvider } from './trpc';
import { CaseworkerHome } from './CaseworkerHome';
import './App.css';

/**
 * The exposed module ('./App'). The shell only hands over where the gateway is; the remote owns
 * its data layer, so it deploys and caches independently of the shell and of other agencies.
 */
export default function App({ trpcUrl, locationId }: RemoteProps) {
  const [queryClient] = useState(createQueryClient);
  const trpcClient = useMemo(() => createTrpcClient(trpcUrl), [trpcUrl]);

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <CaseworkerHome locationId={locationId} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
