import { useId, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { Alert, Tabs } from '@motesplats/ui';
import type { ActorId, QueueItem, RemoteProps, Track } from '@motesplats/contracts';
import { createCaseworkerApi, errorMessage, type CaseworkerApi } from './api.js';
import { BookingPanel } from './BookingPanel.js';
import {
  CaseworkerKitProvider,
  createKitQueryClient,
  gatewayBaseOf,
  useAgencyKit,
} from './context.js';
import { DayQueue } from './DayQueue.js';
import type { DetailEditors } from './detail-editor.js';
import { actorName } from './format.js';
import { StepWorkspace, type HouseholdExtrasProps } from './StepWorkspace.js';

/** A tab an agency adds beside its queue, e.g. the municipality's satellite contacts. */
export interface AgencyTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

export interface AgencyRemoteProps extends RemoteProps {
  /** The agency this remote belongs to; a caseworker of another agency is turned away. */
  agency: ActorId;
  /** The track this agency books, if any (MV 1, AF 2, the municipality 3). */
  booking?: { track: Track };
  detailEditors?: DetailEditors;
  HouseholdExtras?: ComponentType<HouseholdExtrasProps>;
  extraTabs?: readonly AgencyTab[];
  /** Tests pass a fake; by default the remote talks to the gateway at `trpcUrl`. */
  api?: CaseworkerApi;
}

type WorkspaceProps = Omit<AgencyRemoteProps, 'trpcUrl' | 'locationId' | 'api' | 'agency'>;

function QueueAndWorkspace({ detailEditors, HouseholdExtras }: WorkspaceProps) {
  const { api } = useAgencyKit();
  const [picked, setPicked] = useState<QueueItem | null>(null);
  // The same query (and cache entry) as DayQueue's, so no extra request: the open visit follows
  // the polled queue, and a step completed elsewhere moves its version on here too.
  const queue = useQuery({
    queryKey: ['visits.myQueue', {}],
    queryFn: () => api.visits.myQueue({}),
  });
  const selected = picked ? (queue.data?.find((v) => v.id === picked.id) ?? picked) : null;
  return (
    <div className="ms-ck-queue-workspace">
      <DayQueue onSelect={setPicked} selectedVisitId={selected?.id} />
      {selected ? (
        <StepWorkspace
          key={selected.id}
          visit={selected}
          step={selected.myStep}
          detailEditors={detailEditors}
          HouseholdExtras={HouseholdExtras}
        />
      ) : (
        <p>Välj ett hushåll i kön för att öppna steget.</p>
      )}
    </div>
  );
}

function AgencyWorkspace({
  agency,
  booking,
  extraTabs,
  ...rest
}: WorkspaceProps & { agency: ActorId }) {
  // A tab's content mounts on its first visit and then stays (a half-filled booking survives a
  // look at the queue); tabs never opened fetch nothing.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(['queue']));
  const tabs = [
    { id: 'queue', label: 'Min kö', render: () => <QueueAndWorkspace {...rest} /> },
    ...(booking
      ? [
          {
            id: 'booking',
            label: 'Boka besök',
            render: () => <BookingPanel track={booking.track} />,
          },
        ]
      : []),
    ...(extraTabs ?? []),
  ];
  if (tabs.length === 1) return <>{tabs[0]!.render()}</>;
  return (
    <Tabs
      label={`${actorName(agency)}: arbete`}
      onChange={(id) => setVisited((seen) => (seen.has(id) ? seen : new Set([...seen, id])))}
      tabs={tabs.map((t) => ({
        id: t.id,
        label: t.label,
        content: visited.has(t.id) ? t.render() : null,
      }))}
    />
  );
}

function SignedIn({
  agency,
  locationId,
  api,
  trpcUrl,
  ...rest
}: AgencyRemoteProps & { api: CaseworkerApi }) {
  const me = useQuery({ queryKey: ['auth.me'], queryFn: () => api.auth.me() });
  if (me.isPending) return <p role="status">Hämtar inloggad handläggare …</p>;
  if (me.isError) {
    return (
      <Alert tone="error" title="Kunde inte hämta inloggad handläggare (auth.me)">
        {errorMessage(me.error)}
      </Alert>
    );
  }
  const user = me.data;
  if (!user) {
    return (
      <Alert tone="warning" title="Du är inte inloggad">
        Logga in för att se dagens besök.
      </Alert>
    );
  }
  if (user.role !== 'caseworker' || user.agency !== agency) {
    // The gateway would answer with the caller's own agency's queue; showing it under another
    // agency's name would mislead, so the remote declines instead.
    return (
      <Alert tone="info" title={`Den här tjänsten är för ${actorName(agency)}s handläggare`}>
        Du är inloggad som {user.displayName}
        {user.agency ? ` (${actorName(user.agency)})` : ''}. Välj din egen myndighet i menyn.
      </Alert>
    );
  }
  return (
    <CaseworkerKitProvider
      api={api}
      agency={agency}
      locationId={locationId}
      caseworkerId={user.id}
      gatewayBaseUrl={gatewayBaseOf(trpcUrl)}
    >
      <p>
        Inloggad som <strong data-testid="caseworker-name">{user.displayName}</strong>
      </p>
      <AgencyWorkspace agency={agency} {...rest} />
    </CaseworkerKitProvider>
  );
}

/**
 * A whole agency remote: sign-in check, my queue with the step workspace, booking and the
 * agency's own tabs. An agency app passes only what is its own (detail editors, a household
 * panel, tabs), so the six remotes stay thin and behave alike.
 */
export function AgencyRemote(props: AgencyRemoteProps) {
  const [queryClient] = useState(createKitQueryClient);
  const api = useMemo(
    () => props.api ?? createCaseworkerApi(props.trpcUrl),
    [props.api, props.trpcUrl],
  );
  const titleId = useId();
  return (
    <QueryClientProvider client={queryClient}>
      <section className={`ms-ck-remote ms-ck-remote--${props.agency}`} aria-labelledby={titleId}>
        {/* h2: inside the shell the page's h1 belongs to the shell. */}
        <h2 id={titleId}>{actorName(props.agency)}</h2>
        <SignedIn {...props} api={api} />
      </section>
    </QueryClientProvider>
  );
}
