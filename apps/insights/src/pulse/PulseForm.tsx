import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, RadioGroup, Select, TextArea, TextField } from '@motesplats/ui';
import {
  todayInSweden,
  type LocationSummary,
  type PulseReportDto,
  type PulseStatus,
} from '@motesplats/contracts';
import { errorCode, errorMessage } from '@motesplats/caseworker-kit';
import { useInsights } from '../context';
import { ownLocation } from '../access';
import { isoWeekOf } from '@motesplats/statistics';
import { ISO_WEEK, PULSE_LONG_SV, PULSE_STATUSES, weekLabel } from './status';
import { PulseTexts } from './PulseTexts';

type Outcome =
  | { kind: 'saved'; report: PulseReportDto }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

/**
 * A location's weekly pulse report. The week's figures are filled in by the API from the
 * visits; here go the status and the words. An existing report is replaced only under the
 * version read: if someone else changed it meanwhile, their version is shown before any retry.
 */
export function PulseForm({
  locations,
  defaultLocationId,
}: {
  locations: LocationSummary[];
  defaultLocationId: string | null;
}) {
  const { api, user } = useInsights();
  const queryClient = useQueryClient();
  const own = ownLocation(user);
  const [locationId, setLocationId] = useState(own ?? defaultLocationId ?? '');
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(todayInSweden()));
  const [status, setStatus] = useState<PulseStatus | ''>('');
  const [deviations, setDeviations] = useState('');
  const [questions, setQuestions] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);

  const weekValid = ISO_WEEK.test(isoWeek);
  const existingInput = { locationId, fromWeek: isoWeek, toWeek: isoWeek };
  const existing = useQuery({
    queryKey: ['stats.pulse.list', existingInput],
    queryFn: () => api.stats.pulse.list(existingInput),
    enabled: weekValid && !!locationId,
  });
  const current = existing.data?.[0] ?? null;

  const submit = useMutation({
    mutationFn: () =>
      api.stats.pulse.submit({
        locationId,
        isoWeek,
        status: status as PulseStatus,
        deviations,
        questions,
        suggestions,
        // The version on screen: replacing anything newer is refused with CONFLICT.
        ...(current ? { expectedVersion: current.version } : {}),
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: (report) => setOutcome({ kind: 'saved', report }),
    onError: (error) =>
      setOutcome(
        errorCode(error) === 'CONFLICT'
          ? { kind: 'conflict' }
          : { kind: 'error', message: errorMessage(error) },
      ),
    // Either way the week's report may have changed: read it (and the grid) again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['stats.pulse.list'] }),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) {
      setStatusError('Välj hur det går på orten.');
      return;
    }
    setStatusError(null);
    setOutcome(null);
    submit.mutate();
  };

  return (
    <section className="ms-insights-section" aria-labelledby="ms-insights-pulse-form">
      <h4 id="ms-insights-pulse-form">Lämna veckans pulsrapport</h4>
      <form onSubmit={onSubmit} noValidate>
        <Select
          label="Ort"
          value={locationId}
          disabled={!!own}
          placeholder={own ? undefined : 'Välj ort'}
          options={locations
            .filter((l) => !own || l.id === own)
            .map((l) => ({ value: l.id, label: l.name }))}
          onChange={(event) => setLocationId(event.target.value)}
          required
        />
        <TextField
          label="Vecka"
          hint="ÅÅÅÅ-Vnn, t.ex. 2017-W05"
          value={isoWeek}
          onChange={(event) => setIsoWeek(event.target.value.trim().toUpperCase())}
          error={weekValid ? undefined : 'Skriv veckan som ÅÅÅÅ-Vnn, t.ex. 2017-W05.'}
          required
        />
        {current ? (
          <Alert tone="info">
            Det finns redan en rapport för {weekLabel(isoWeek)} (version {current.version}). Skickar
            du in ersätter du den.
          </Alert>
        ) : null}
        <RadioGroup
          legend="Hur går det på orten?"
          value={status}
          onChange={(value) => setStatus(value as PulseStatus)}
          options={PULSE_STATUSES.map((s) => ({ value: s, label: PULSE_LONG_SV[s] }))}
          error={statusError ?? undefined}
          required
        />
        <TextArea
          label="Avvikelser"
          value={deviations}
          onChange={(e) => setDeviations(e.target.value)}
          maxLength={4000}
        />
        <TextArea
          label="Frågor"
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
          maxLength={4000}
        />
        <TextArea
          label="Förbättringsförslag"
          value={suggestions}
          onChange={(e) => setSuggestions(e.target.value)}
          maxLength={4000}
        />
        <Button
          type="submit"
          busy={submit.isPending}
          busyLabel="Skickar"
          disabled={!weekValid || !locationId}
        >
          {current ? 'Ersätt rapporten' : 'Skicka in rapporten'}
        </Button>
      </form>
      {outcome?.kind === 'saved' ? (
        <Alert tone="success">
          Pulsrapporten för {weekLabel(outcome.report.isoWeek)} är inskickad (version{' '}
          {outcome.report.version}).
        </Alert>
      ) : null}
      {outcome?.kind === 'conflict' ? (
        <Alert tone="warning" title="Någon annan har hunnit skicka in en rapport för veckan">
          <p>
            Din rapport sparades inte.{' '}
            {current
              ? `Så här ser den sparade rapporten ut nu (version ${current.version}, ${PULSE_LONG_SV[current.status].toLowerCase()}):`
              : 'Hämtar den sparade rapporten…'}
          </p>
          {current ? <PulseTexts report={current} /> : null}
          <p>
            Dina uppgifter finns kvar i formuläret. Skicka in igen för att ersätta den sparade
            rapporten.
          </p>
        </Alert>
      ) : null}
      {outcome?.kind === 'error' ? (
        <Alert tone="error">Rapporten kunde inte skickas: {outcome.message}</Alert>
      ) : null}
    </section>
  );
}
