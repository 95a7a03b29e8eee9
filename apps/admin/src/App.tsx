import { useMemo, useState } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { Alert } from '@motesplats/ui';
import type { RemoteProps } from '@motesplats/contracts';
import { createKitQueryClient, errorMessage } from '@motesplats/caseworker-kit';
import '@motesplats/ui/styles.css';
import { createAdminApi, type AdminApi } from './api';
import { AdminProvider } from './context';
import { LocationAdmin } from './location/LocationAdmin';
import { NationalAdmin } from './national/NationalAdmin';

export type AdminAppProps = RemoteProps & {
  /** Tests pass a fake; by default the remote talks to the gateway at `trpcUrl`. */
  api?: AdminApi;
};

function SignedIn({ api, locationId }: { api: AdminApi; locationId: string }) {
  const me = useQuery({ queryKey: ['auth.me'], queryFn: () => api.auth.me() });
  if (me.isPending) return <p role="status">Hämtar inloggningen…</p>;
  if (me.isError)
    return <Alert tone="error">Kunde inte hämta inloggningen: {errorMessage(me.error)}</Alert>;
  const user = me.data;
  if (!user || (user.role !== 'location-admin' && user.role !== 'national-admin')) {
    return (
      <Alert tone="info">
        Administrationen är till för ortsadministratörer och nationella administratörer (Statens
        servicecenter).
      </Alert>
    );
  }
  return (
    <AdminProvider value={{ api, user, locationId }}>
      {user.role === 'national-admin' ? <NationalAdmin /> : <LocationAdmin />}
    </AdminProvider>
  );
}

/** The exposed module ('./App'): the location admin's and the national admin's views. */
export default function App({ trpcUrl, locationId, api }: AdminAppProps) {
  const [queryClient] = useState(createKitQueryClient);
  const client = useMemo(() => api ?? createAdminApi(trpcUrl), [api, trpcUrl]);
  return (
    <QueryClientProvider client={queryClient}>
      <div className="ms-admin">
        <SignedIn api={client} locationId={locationId} />
      </div>
    </QueryClientProvider>
  );
}
