import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { TRPC_URL } from './config';
import { createQueryClient, createTrpcClient, TRPCProvider } from './trpc';
import { Shell } from './Shell';

type Props = { trpcUrl?: string };

export function App({ trpcUrl = TRPC_URL }: Props) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createTrpcClient(trpcUrl));

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <Shell />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
