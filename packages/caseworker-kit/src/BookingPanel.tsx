import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DateField,
  RadioGroup,
  Table,
  TextField,
  type TableColumn,
} from '@motesplats/ui';
import type { SearchHit, Track, VisitDto } from '@motesplats/contracts';
import { errorCode, errorMessage } from './api.js';
import { useCaseworkerKit } from './context.js';
import { todayInSweden, trackLabel } from './format.js';
import { InvitationPreview } from './InvitationPreview.js';

export interface BookingPanelProps {
  /** The track this agency books: MV spår 1, AF spår 2, the municipality spår 3. */
  track: Track;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function FindHousehold({ onPick }: { onPick: (hit: SearchHit) => void }) {
  const { api } = useCaseworkerKit();
  const [dossier, setDossier] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const hits = useQuery({
    queryKey: ['newcomers.search', { dossierNumber: query }],
    queryFn: () => api.newcomers.search({ dossierNumber: query! }),
    enabled: query !== null,
  });
  const columns: TableColumn<SearchHit>[] = [
    { key: 'ref', header: 'Hushåll', rowHeader: true, render: (h) => h.reference },
    {
      key: 'name',
      header: 'Person',
      render: (h) => `${h.newcomer.givenName} ${h.newcomer.familyName} (${h.newcomer.birthDate})`,
    },
    {
      key: 'pick',
      header: 'Välj',
      render: (h) => (
        <Button variant="secondary" onClick={() => onPick(h)} aria-label={`Välj ${h.reference}`}>
          Välj
        </Button>
      ),
    },
  ];
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(dossier.trim());
        }}
      >
        <TextField
          label="Dossiernummer"
          hint="Migrationsverkets dossiernummer, t.ex. 12-345678."
          value={dossier}
          onChange={(e) => setDossier(e.target.value)}
          required
        />
        <Button type="submit" variant="secondary" busy={hits.isFetching}>
          Sök hushåll
        </Button>
      </form>
      {hits.isError ? (
        <Alert tone="error" title="Sökningen misslyckades">
          {errorMessage(hits.error)}
        </Alert>
      ) : null}
      {hits.data ? (
        <Table
          caption="Träffar"
          columns={columns}
          rows={hits.data}
          getRowKey={(h) => `${h.householdId}:${h.newcomer.id}`}
          emptyText="Ingen person med det dossiernumret."
        />
      ) : null}
    </>
  );
}

/** Shows a newly issued personal code once; it is stored only as a hash. */
function AccessCode({ householdId }: { householdId: string }) {
  const { api } = useCaseworkerKit();
  const rotate = useMutation({
    mutationFn: () => api.accessCodes.rotate({ householdId, idempotencyKey: crypto.randomUUID() }),
  });
  return (
    <div className="ms-ck-access-code">
      <Button variant="secondary" busy={rotate.isPending} onClick={() => rotate.mutate()}>
        {rotate.data ? 'Skapa ny personlig kod' : 'Skapa personlig kod'}
      </Button>
      {rotate.data ? (
        <Alert tone="info" title="Personlig kod (visas bara nu)">
          <span data-testid="access-code" className="ms-ck-code">
            {rotate.data.code}
          </span>
          . Skriv den på kallelsen. En ny kod gör den gamla ogiltig.
        </Alert>
      ) : null}
      {rotate.isError ? (
        <Alert tone="error" title="Kunde inte skapa koden">
          {errorMessage(rotate.error)}
        </Alert>
      ) : null}
    </div>
  );
}

/**
 * Booking a household into a Mötesplats day: find it, pick a day, let the day planner suggest
 * times, book, and check the invitation. Outside the target group it books only with a reason.
 */
export function BookingPanel({ track }: BookingPanelProps) {
  const { api, locationId } = useCaseworkerKit();
  const titleId = useId();
  const [household, setHousehold] = useState<SearchHit | null>(null);
  const [date, setDate] = useState(todayInSweden());
  const [time, setTime] = useState('');
  const [permitCardReady, setPermitCardReady] = useState(true);
  const [idDocumentsReady, setIdDocumentsReady] = useState(true);
  const [overrideReason, setOverrideReason] = useState('');
  const [booked, setBooked] = useState<VisitDto | null>(null);

  const suggestions = useMutation({
    mutationFn: () =>
      api.visits.suggestTimes({ locationId, date, householdId: household!.householdId, track }),
    onSuccess: (times) => {
      if (times[0] && !time) setTime(times[0].time);
    },
  });
  const book = useMutation({
    mutationFn: () =>
      api.visits.book({
        householdId: household!.householdId,
        track,
        date,
        time,
        preconditions: { permitCardReady, idDocumentsReady },
        ...(overrideReason.trim() ? { override: { reason: overrideReason.trim() } } : {}),
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: setBooked,
  });
  const needsOverride = book.isError && errorCode(book.error) === 'PRECONDITION_FAILED';
  const timeError = time && !TIME.test(time) ? 'Ange tiden som tt:mm, t.ex. 09:30.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!household || !TIME.test(time)) return;
    book.mutate();
  }

  if (booked) {
    return (
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>Bokat</h2>
        <Alert tone="success" title={`${household?.reference} är bokat`}>
          {trackLabel(booked.track)}, {booked.date} kl. {booked.time}.
        </Alert>
        <AccessCode householdId={booked.householdId} />
        <InvitationPreview visitId={booked.id} />
        <Button
          variant="secondary"
          onClick={() => {
            setBooked(null);
            setHousehold(null);
            setTime('');
            setOverrideReason('');
            book.reset();
            suggestions.reset();
          }}
        >
          Boka ett till hushåll
        </Button>
      </section>
    );
  }

  return (
    <section aria-labelledby={titleId} className="ms-ck-booking">
      <h2 id={titleId}>Boka besök – {trackLabel(track)}</h2>
      {household ? (
        <p>
          Hushåll: <strong data-testid="booking-household">{household.reference}</strong> (
          {household.newcomer.givenName} {household.newcomer.familyName}){' '}
          <Button variant="secondary" onClick={() => setHousehold(null)}>
            Byt hushåll
          </Button>
        </p>
      ) : (
        <FindHousehold onPick={setHousehold} />
      )}
      {household ? (
        <form onSubmit={submit} noValidate>
          <DateField
            label="Dag"
            value={date}
            min={todayInSweden()}
            onChange={(e) => {
              setDate(e.target.value);
              suggestions.reset();
            }}
            required
          />
          <Button
            variant="secondary"
            busy={suggestions.isPending}
            onClick={() => suggestions.mutate()}
          >
            Föreslå tider
          </Button>
          {suggestions.data?.length ? (
            <RadioGroup
              legend="Föreslagna tider"
              options={suggestions.data.map((s) => ({
                value: s.time,
                label: `${s.time} (cirka ${Math.round(s.expectedMinutesInBuilding / 60)} h på plats, ${s.waitingMinutes} min väntan)`,
              }))}
              value={time}
              onChange={setTime}
            />
          ) : null}
          {suggestions.data && !suggestions.data.length ? (
            <p>
              Dagplaneraren hittade ingen ledig tid den dagen. Välj en tid själv eller en annan dag.
            </p>
          ) : null}
          {suggestions.isError ? (
            <Alert tone="error" title="Kunde inte föreslå tider">
              {errorMessage(suggestions.error)}
            </Alert>
          ) : null}
          <TextField
            label="Tid"
            hint="tt:mm"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            error={timeError}
            required
          />
          <Checkbox
            label="Uppehållstillståndskortet är klart"
            checked={permitCardReady}
            onChange={(e) => setPermitCardReady(e.target.checked)}
          />
          <Checkbox
            label="ID-handlingarna är klara"
            checked={idDocumentsReady}
            onChange={(e) => setIdDocumentsReady(e.target.checked)}
          />
          {needsOverride || overrideReason ? (
            <TextField
              label="Skäl att boka utanför målgruppen"
              hint="Minst 10 tecken. Sparas med besöket."
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
            />
          ) : null}
          <Button type="submit" busy={book.isPending} disabled={!TIME.test(time)}>
            Boka
          </Button>
        </form>
      ) : null}
      {book.isError ? (
        <Alert tone={needsOverride ? 'warning' : 'error'} title="Inte bokat">
          {errorMessage(book.error)}
        </Alert>
      ) : null}
    </section>
  );
}
