import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Select, TextField } from '@motesplats/ui';
import type { ActorId, Grantee } from '@motesplats/contracts';
import { errorCode, errorMessage } from './api.js';
import { useAgencyKit } from './context.js';
import { actorName } from './format.js';

/** How long a desk grant lasts: the newcomer chooses, and it always ends. */
const DURATIONS = [
  { value: 'today', label: 'Resten av dagen' },
  { value: '30', label: '30 dagar' },
  { value: '90', label: '90 dagar' },
] as const;
type Duration = (typeof DURATIONS)[number]['value'];

/** The end of a grant, as an ISO time with offset. `now` is a parameter so tests pin it. */
export function grantUntil(duration: Duration, now: Date = new Date()): string {
  const until = new Date(now);
  if (duration === 'today') until.setHours(23, 59, 0, 0);
  else until.setDate(until.getDate() + Number(duration));
  return until.toISOString();
}

export interface DeskConsentProps {
  householdId: string;
  /** Agencies present today, for "all present today" vs one agency. */
  actors?: readonly ActorId[];
}

/**
 * Consent given at the desk: the newcomer types their personal code (from the invitation) on
 * the caseworker's screen and lets an agency read the whole checklist for a limited time. The
 * gateway checks the code and counts wrong ones towards the lockout; a grant is audited.
 */
export function DeskConsent({ householdId, actors }: DeskConsentProps) {
  const { api, agency } = useAgencyKit();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [code, setCode] = useState('');
  const [grantee, setGrantee] = useState<Grantee>(agency);
  const [duration, setDuration] = useState<Duration>('today');

  const grant = useMutation({
    mutationFn: () =>
      api.checklist.grant({
        householdId,
        accessCode: code.trim(),
        grantee,
        until: grantUntil(duration),
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => {
      setCode('');
      void queryClient.invalidateQueries({ queryKey: ['checklist.get', { householdId }] });
    },
  });

  const granteeOptions = [
    { value: agency, label: actorName(agency) },
    ...(actors ?? []).filter((a) => a !== agency).map((a) => ({ value: a, label: actorName(a) })),
    { value: 'all-present-today', label: 'Alla myndigheter på plats idag' },
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    grant.mutate();
  }

  const wrongCode = grant.isError && errorCode(grant.error) === 'UNAUTHORIZED';
  return (
    <section aria-labelledby={titleId} className="ms-ck-consent">
      <h3 id={titleId}>Samtycke vid disken</h3>
      <p>
        Den nyanlända kan själv låta en myndighet se hela checklistan en begränsad tid. Låt personen
        skriva sin personliga kod från kallelsen.
      </p>
      <form onSubmit={submit}>
        <Select
          label="Vem får läsa"
          options={granteeOptions}
          value={grantee}
          onChange={(e) => setGrantee(e.target.value as Grantee)}
        />
        <Select
          label="Hur länge"
          options={DURATIONS.map((d) => ({ value: d.value, label: d.label }))}
          value={duration}
          onChange={(e) => setDuration(e.target.value as Duration)}
        />
        <TextField
          label="Personlig kod (skrivs av den nyanlända)"
          type="password"
          autoComplete="off"
          value={code}
          required
          onChange={(e) => setCode(e.target.value)}
          error={wrongCode ? 'Koden stämmer inte. Be personen kontrollera kallelsen.' : undefined}
        />
        <Button type="submit" busy={grant.isPending} disabled={!code.trim()}>
          Ge läsrätt
        </Button>
      </form>
      {grant.isSuccess ? (
        <Alert tone="success" title="Samtycke registrerat">
          {grant.data.grantee === 'all-present-today'
            ? 'Alla myndigheter på plats'
            : actorName(grant.data.grantee)}{' '}
          får läsa checklistan till {new Date(grant.data.until).toLocaleString('sv-SE')}.
        </Alert>
      ) : null}
      {grant.isError && !wrongCode ? (
        <Alert tone="error" title="Samtycket kunde inte registreras">
          {errorMessage(grant.error)}
        </Alert>
      ) : null}
    </section>
  );
}
