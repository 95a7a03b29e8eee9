import { useMemo, useState } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { Alert } from '@motesplats/ui';
import type { RemoteProps } from '@motesplats/contracts';
import { createKitQueryClient, errorMessage, gatewayBaseOf } from '@motesplats/caseworker-kit';
import '@motesplats/ui/styles.css';
import './insights.css';
import { createInsightsApi, type InsightsApi } from './api';
import { InsightsProvider } from './context';
import { mayUseInsights } from './access';
import { Dashboard } from './Dashboard';

export type InsightsAppProps = RemoteProps & {
  /** Tests pass a fake; by default the remote talks to the gateway at `trpcUrl`. */
  api?: InsightsApi;
};

function SignedIn({ api, gatewayBase }: { api: InsightsApi; gatewayBase: string }) {
  const me = useQuery({ queryKey: ['auth.me'], queryFn: () => api.auth.me() });
  if (me.isPending) return <p role="status">Hämtar inloggningen…</p>;
  if (me.isError) {
    return <Alert tone="error">Kunde inte hämta inloggningen: {errorMessage(me.error)}</Alert>;
  }
  const user = me.data;
  if (!mayUseInsights(user)) {
    return (
      <Alert tone="info">
        Statistiken är till för ortsadministratörer, nationella administratörer och analytiker.
        Kontakta din administratör om du behöver tillgång.
      </Alert>
    );
  }
  if (user.role === 'location-admin' && !user.locationId) {
    return (
      <Alert tone="info">
        Ditt konto som ortsadministratör saknar ort, så det finns ingen statistik att visa. Kontakta
        Statens servicecenter.
      </Alert>
    );
  }
  return (
    <InsightsProvider value={{ api, user, gatewayBase }}>
      <Dashboard />
    </InsightsProvider>
  );
}

/** The exposed module ('./App'): goal fulfilment, volumes, the weekly pulse report, exports. */
export default function App({ trpcUrl, api }: InsightsAppProps) {
  const [queryClient] = useState(createKitQueryClient);
  const client = useMemo(() => api ?? createInsightsApi(trpcUrl), [api, trpcUrl]);
  return (
    <QueryClientProvider client={queryClient}>
      <div className="ms-insights-root">
        <SignedIn api={client} gatewayBase={gatewayBaseOf(trpcUrl)} />
      </div>
    </QueryClientProvider>
  );
}
