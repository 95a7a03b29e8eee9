import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Table, type TableColumn } from '@motesplats/ui';
import type { DayVisit } from '@motesplats/contracts';
import { errorMessage } from './api.js';
import { useCaseworkerKit } from './context.js';
import { DEFAULT_POLL_MS } from './DayQueue.js';
import {
  ACTOR_SHORT_SV,
  VISIT_STATUS_SV,
  STEP_STATUS_SV,
  actorName,
  memberNames,
  todayInSweden,
  trackLabel,
  visitTime,
} from './format.js';
import { RiskFlags } from './RiskFlags.js';

export interface DayBoardProps {
  /** The day; defaults to today in Sweden. */
  date?: string;
  /** How often the board is refetched while the tab is visible. */
  pollIntervalMs?: number;
}

export function currentStepLabel(visit: DayVisit): string {
  if (visit.currentStep === null) return '–';
  const step = visit.steps.find((s) => s.index === visit.currentStep);
  if (!step) return '–';
  const who =
    step.status === 'in-progress' && step.heldBy
      ? `hålls av ${step.heldBy.name ?? 'handläggare'}`
      : STEP_STATUS_SV[step.status].toLowerCase();
  return `${actorName(step.actor)} (${who})`;
}

/**
 * The visit's meetings in order, as booked: a location admin's change to a track's chain shows
 * here on the next booking (a booked visit keeps the chain it was booked with).
 */
export function chainLabel(visit: DayVisit): string {
  return visit.steps
    .map((s) => `${ACTOR_SHORT_SV[s.actor]}${s.mode === 'video' ? ' (video)' : ''}`)
    .join(' → ');
}
/** Every visit of the location's day, live by polling (docs/adr/0004). */
export function DayBoard({ date, pollIntervalMs = DEFAULT_POLL_MS }: DayBoardProps) {
  const { api, locationId } = useCaseworkerKit();
  const titleId = useId();
  const input = { locationId, date: date ?? todayInSweden() };
  const day = useQuery({
    queryKey: ['visits.day', input],
    queryFn: () => api.visits.day(input),
    refetchInterval: pollIntervalMs,
    refetchIntervalInBackground: false,
  });

  const columns: TableColumn<DayVisit>[] = [
    { key: 'time', header: 'Tid', render: visitTime },
    {
      key: 'household',
      header: 'Hushåll',
      rowHeader: true,
      render: (v) => `${v.household.reference} ${memberNames(v)}`,
    },
    { key: 'track', header: 'Spår', render: (v) => trackLabel(v.track) },
    { key: 'step', header: 'Aktuellt steg', render: currentStepLabel },
    { key: 'chain', header: 'Kedja', render: chainLabel },
    { key: 'status', header: 'Status', render: (v) => VISIT_STATUS_SV[v.status] },
    { key: 'risks', header: 'Risker', render: (v) => <RiskFlags flags={v.atRisk} /> },
  ];

  return (
    <section aria-labelledby={titleId} className="ms-ck-board">
      <h2 id={titleId}>Dagstavla {input.date}</h2>
      {day.isPending ? <p role="status">Hämtar dagens besök …</p> : null}
      {day.isError ? (
        <Alert tone="error" title="Kunde inte hämta dagens besök (visits.day)">
          {errorMessage(day.error)}
        </Alert>
      ) : null}
      {day.data ? (
        <Table
          caption="Dagens besök"
          columns={columns}
          rows={[...day.data].sort((a, b) => visitTime(a).localeCompare(visitTime(b)))}
          getRowKey={(v) => v.id}
          emptyText="Inga besök bokade."
        />
      ) : null}
    </section>
  );
}
