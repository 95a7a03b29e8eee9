import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DateField, Select, TextField } from '@motesplats/ui';
import type { ChecklistViewDto, PlanDto } from '@motesplats/contracts';
import { errorMessage } from './api.js';
import { useCaseworkerKit } from './context.js';
import { ACTIVITY_KIND_SV, actorName, todayInSweden } from './format.js';

export interface PlanEntryProps {
  view: ChecklistViewDto;
}

const KIND_OPTIONS = (Object.keys(ACTIVITY_KIND_SV) as PlanDto['kind'][]).map((value) => ({
  value,
  label: ACTIVITY_KIND_SV[value],
}));

/**
 * What happens after the day, agency by agency: SFI hours, a work placement, sick leave. Plans
 * from different agencies can collide (too many hours a week, an activity during sick leave);
 * the gateway reports the conflicts the caseworker may see, and they show here as warnings.
 */
export function PlanEntry({ view }: PlanEntryProps) {
  const { api } = useCaseworkerKit();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [memberId, setMemberId] = useState(view.members[0]?.id ?? '');
  const [kind, setKind] = useState<PlanDto['kind']>('sfi');
  const [hours, setHours] = useState('15');
  const [from, setFrom] = useState(todayInSweden());
  const [until, setUntil] = useState('');

  const hoursNumber = Number(hours);
  const hoursError =
    hours.trim() === '' || !Number.isInteger(hoursNumber) || hoursNumber < 0 || hoursNumber > 80
      ? 'Ange ett heltal mellan 0 och 80.'
      : undefined;
  const untilError = until && until < from ? 'Slutdatum kan inte vara före startdatum.' : undefined;

  const upsert = useMutation({
    mutationFn: () =>
      api.checklist.upsertPlan({
        householdId: view.householdId,
        memberId,
        kind,
        hoursPerWeek: hoursNumber,
        from,
        ...(until ? { until } : {}),
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({
        queryKey: ['checklist.get', { householdId: view.householdId }],
      });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (hoursError || untilError || !memberId) return;
    upsert.mutate();
  }

  const memberName = (id: string) => {
    const m = view.members.find((x) => x.id === id);
    return m ? `${m.givenName} ${m.familyName}` : id;
  };

  return (
    <section aria-labelledby={titleId} className="ms-ck-plans">
      <h3 id={titleId}>Planering efter dagen</h3>
      {view.conflicts.length ? (
        <Alert tone="warning" title="Planerna krockar">
          <ul>
            {view.conflicts.map((c) => (
              <li key={`${c.rule}:${c.memberId}:${c.planIds.join(',')}`}>
                {memberName(c.memberId)}: {c.explanation.sv}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {view.plans.length ? (
        <ul aria-label="Planerat">
          {view.plans.map((p) => (
            <li key={p.id}>
              {actorName(p.actor)} – {memberName(p.memberId)}: {ACTIVITY_KIND_SV[p.kind]},{' '}
              {p.hoursPerWeek} h/vecka från {p.from}
              {p.until ? ` till ${p.until}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Select
          label="Person"
          options={view.members.map((m) => ({ value: m.id, label: memberName(m.id) }))}
          value={memberId}
          onChange={(e) => setMemberId(e.target.value)}
        />
        <Select
          label="Aktivitet"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(e) => setKind(e.target.value as PlanDto['kind'])}
        />
        <TextField
          label="Timmar per vecka"
          inputMode="numeric"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={hoursError}
        />
        <DateField label="Från" value={from} onChange={(e) => setFrom(e.target.value)} required />
        <DateField
          label="Till (valfritt)"
          value={until}
          min={from}
          onChange={(e) => setUntil(e.target.value)}
          error={untilError}
        />
        <Button
          type="submit"
          variant="secondary"
          busy={upsert.isPending}
          disabled={Boolean(hoursError || untilError) || !memberId}
        >
          Lägg till planering
        </Button>
      </form>
      {upsert.isError ? (
        <Alert tone="error" title="Planeringen kunde inte sparas">
          {errorMessage(upsert.error)}
        </Alert>
      ) : null}
    </section>
  );
}
