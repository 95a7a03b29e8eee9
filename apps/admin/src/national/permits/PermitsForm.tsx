import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DateField, Select, TextField } from '@motesplats/ui';
import { errorMessage } from '@motesplats/caseworker-kit';
import type { PermitsEntry } from '@motesplats/contracts';
import { useAdmin } from '../../context';
import { formatCount } from '../shared/format';
import { useIdempotencyKey } from '../shared/idempotency';
import { errorIssues, toFieldErrors } from '../shared/problems';
import { keys } from '../shared/queries';
import { useFormFeedback } from '../shared/use-form-feedback';
import {
  EMPTY_PERMITS,
  fieldOfPermitsPath,
  toPermitsInput,
  validatePermits,
  type PermitsDraft,
} from './permits-draft';

export function PermitsForm({
  locations,
  placeName,
}: {
  locations: readonly { id: string; name: string }[];
  placeName: (locationId: string | null) => string;
}) {
  const { api } = useAdmin();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PermitsDraft>(EMPTY_PERMITS);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<PermitsEntry | null>(null);
  const clientErrors = validatePermits(draft);
  const feedback = useFormFeedback(clientErrors);
  const keyFor = useIdempotencyKey();

  const save = useMutation({
    mutationFn: () => {
      const input = toPermitsInput(draft);
      return api.permits.set({ ...input, idempotencyKey: keyFor(input) });
    },
    onSuccess: (entry) => {
      setSaved(entry);
      void queryClient.invalidateQueries({ queryKey: keys.permits });
    },
    onError: (error) => {
      const { fields, other } = toFieldErrors(
        errorIssues(error),
        fieldOfPermitsPath,
        (_field, problem) => `Servern godtog inte värdet: ${problem.message}`,
      );
      feedback.setServerErrors(fields);
      const rest = other.map((p) => `${p.path}: ${p.message}`).join('; ');
      setGeneral(rest || (Object.keys(fields).length ? null : errorMessage(error)));
    },
  });

  const change = (field: keyof PermitsDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    feedback.changed(field);
    setSaved(null);
    setGeneral(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    feedback.attempt();
    if (Object.keys(clientErrors).length === 0) save.mutate();
  };

  const bind = (field: keyof PermitsDraft) => ({
    value: draft[field],
    onChange: (e: { target: { value: string } }) => change(field, e.target.value),
    onBlur: () => feedback.touch(field),
    error: feedback.errorFor(field),
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Ange beviljade uppehållstillstånd">
      <DateField label="Från" required {...bind('periodStart')} />
      <DateField label="Till" required {...bind('periodEnd')} />
      <Select
        label="Ort"
        options={[
          { value: '', label: 'Hela landet' },
          ...locations.map((l) => ({ value: l.id, label: l.name })),
        ]}
        {...bind('locationId')}
      />
      <TextField
        label="Antal beviljade uppehållstillstånd"
        hint="Utom ensamkommande barn, som inte ingår i målgruppen. En ny siffra för samma period och ort ersätter den gamla."
        inputMode="numeric"
        autoComplete="off"
        required
        {...bind('count')}
      />
      {general ? (
        <Alert tone="error" title="Siffran kunde inte sparas">
          {general}
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" title="Siffran är sparad">
          {formatCount(saved.count)} beviljade uppehållstillstånd för{' '}
          {saved.locationId === null ? 'hela landet' : placeName(saved.locationId)},{' '}
          {saved.periodStart} – {saved.periodEnd}.
        </Alert>
      ) : null}
      <Button type="submit" busy={save.isPending} busyLabel="Sparar">
        Spara siffran
      </Button>
    </form>
  );
}
