import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { todayInSweden, type PreviewDayDto, type PreviewVisit } from '@motesplats/contracts';
import type { LocationConfig } from '@motesplats/location-config';
import { Alert, DateField, Table } from '@motesplats/ui';
import { useAdmin } from '../context';
import { errorMessage } from './errors';
import { actorSv, modeSv } from './labels';
import { nextOpenDate } from './next-open-date';
import { useDebounced } from './use-debounced';
import { unplacedTextSv } from './unplaced-text-sv';

type Meeting = PreviewVisit['meetings'][number];

const MEETING_COLUMNS = [
  { key: 'time', header: 'Tid', rowHeader: true, render: (m: Meeting) => `${m.start}–${m.end}` },
  { key: 'actor', header: 'Aktör', render: (m: Meeting) => actorSv(m.actor) },
  { key: 'room', header: 'Rum', render: (m: Meeting) => m.room ?? '—' },
  { key: 'mode', header: 'Mötesform', render: (m: Meeting) => modeSv(m.mode) },
];

function Day({ day }: { day: PreviewDayDto }) {
  if (day.closedReason)
    return (
      <Alert tone="info">
        Stängt {day.date}: {day.closedReason}
      </Alert>
    );
  return (
    <>
      {day.visits.map((visit, index) => (
        <Table
          key={`${visit.label}-${index}`}
          caption={`${visit.label}: spår ${visit.track}, ${visit.members} ${
            visit.members === 1 ? 'person' : 'personer'
          }${visit.language ? `, språk: ${visit.language}` : ''}`}
          columns={MEETING_COLUMNS}
          rows={visit.meetings}
          getRowKey={(meeting, i) => `${meeting.actor}-${i}`}
          emptyText="Inga möten."
        />
      ))}
      {day.unplaced.length ? (
        <section aria-labelledby="preview-unplaced">
          <h4 id="preview-unplaced">Kunde inte planeras</h4>
          <ul data-testid="preview-unplaced">
            {day.unplaced.map((item) => (
              <li key={item.label}>
                {item.label}: {unplacedTextSv(item)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * A sample day planned by the gateway's day planner for the draft. Asked only for a valid
 * draft (an invalid one would only get the errors the form already shows), and only once the
 * draft has rested for 400 ms.
 */
export function SampleDay({
  locationId,
  valid,
}: {
  locationId: string;
  valid: LocationConfig | null;
}) {
  const { api } = useAdmin();
  const [date, setDate] = useState(() =>
    nextOpenDate(valid?.openingHours.map((entry) => entry.weekday) ?? [], todayInSweden()),
  );
  const draft = useDebounced(valid ? JSON.stringify(valid) : null, 400);
  const day = useQuery({
    queryKey: ['locations.previewDay', { locationId, date, draft }],
    queryFn: () =>
      api.locations.previewDay({ locationId, date, config: JSON.parse(draft!) as unknown }),
    enabled: draft !== null && /^\d{4}-\d{2}-\d{2}$/.test(date),
    placeholderData: keepPreviousData,
    retry: false,
  });
  return (
    <section aria-labelledby="preview-day-heading" data-testid="preview-day">
      <h4 id="preview-day-heading">Exempeldag</h4>
      <DateField
        label="Datum för exempeldagen"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      {valid ? null : <p>Exempeldagen visas när utkastet är giltigt. Rätta felen först.</p>}
      {day.isError ? (
        <Alert tone="error">Kunde inte planera exempeldagen: {errorMessage(day.error)}</Alert>
      ) : null}
      {day.isFetching ? <p role="status">Planerar exempeldagen…</p> : null}
      {day.data && valid ? <Day day={day.data} /> : null}
    </section>
  );
}
