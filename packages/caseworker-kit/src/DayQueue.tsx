import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, StatusBadge, Table, type TableColumn } from '@motesplats/ui';
import type { QueueItem } from '@motesplats/contracts';
import { errorMessage } from './api.js';
import { useAgencyKit } from './context.js';
import { actorName, memberNames, trackLabel, visitTime } from './format.js';
import { RiskFlags } from './RiskFlags.js';

export const DEFAULT_POLL_MS = 5_000;

export interface DayQueueProps {
  /** Called when the caseworker opens a visit. */
  onSelect: (visit: QueueItem) => void;
  /** The day; defaults to today in Sweden (the gateway decides). */
  date?: string;
  /** How often the queue is refetched while the tab is visible. */
  pollIntervalMs?: number;
  /** The visit that is open, marked as current. */
  selectedVisitId?: string;
}

export function myStepLabel(item: QueueItem): string {
  const step = item.steps.find((s) => s.index === item.myStep);
  const n = `Steg ${item.myStep + 1} av ${item.steps.length}`;
  return step ? `${n}: ${actorName(step.actor)}` : n;
}

/**
 * My agency's queue today, kept live by polling (docs/adr/0004): TanStack Query refetches every
 * `pollIntervalMs` and stops while the tab is hidden (refetchIntervalInBackground is false).
 */
export function DayQueue({
  onSelect,
  date,
  pollIntervalMs = DEFAULT_POLL_MS,
  selectedVisitId,
}: DayQueueProps) {
  const { api, agency } = useAgencyKit();
  const titleId = useId();
  const input = date ? { date } : {};
  const queue = useQuery({
    queryKey: ['visits.myQueue', input],
    queryFn: () => api.visits.myQueue(input),
    refetchInterval: pollIntervalMs,
    refetchIntervalInBackground: false,
  });

  const columns: TableColumn<QueueItem>[] = [
    { key: 'time', header: 'Tid', render: visitTime },
    {
      key: 'household',
      header: 'Hushåll',
      rowHeader: true,
      render: (v) => (
        <>
          <span className="ms-ck-ref">{v.household.reference}</span> {memberNames(v)}
        </>
      ),
    },
    { key: 'track', header: 'Spår', render: (v) => trackLabel(v.track) },
    { key: 'myStep', header: 'Mitt steg', render: myStepLabel },
    {
      key: 'ready',
      header: 'Min tur',
      render: (v) =>
        v.readyForMe ? (
          <StatusBadge status="done" label="Din tur nu" />
        ) : (
          <StatusBadge status="todo" label="Väntar" />
        ),
    },
    { key: 'risks', header: 'Risker', render: (v) => <RiskFlags flags={v.atRisk} /> },
    {
      key: 'open',
      header: 'Öppna',
      render: (v) => (
        <Button
          variant={v.id === selectedVisitId ? 'primary' : 'secondary'}
          aria-current={v.id === selectedVisitId ? 'true' : undefined}
          aria-label={`Öppna ${v.household.reference}`}
          onClick={() => onSelect(v)}
        >
          Öppna
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby={titleId} className="ms-ck-queue">
      <h2 id={titleId}>Min kö – {actorName(agency)}</h2>
      {queue.isPending ? <p role="status">Hämtar kön …</p> : null}
      {queue.isError ? (
        <Alert tone="error" title="Kunde inte hämta kön (visits.myQueue)">
          {errorMessage(queue.error)}
        </Alert>
      ) : null}
      {queue.data ? (
        <Table
          caption="Min kö idag"
          columns={columns}
          rows={queue.data}
          getRowKey={(v) => v.id}
          emptyText="Inga besök i kön."
        />
      ) : null}
    </section>
  );
}
