import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Select, TextField } from '@motesplats/ui';
import type { ChecklistItemDto, DayVisit, HouseholdDto } from '@motesplats/contracts';
import { errorCode, errorMessage } from './api.js';
import { useCaseworkerKit } from './context.js';
import type { DetailEditors } from './detail-editor.js';
import { ITEM_STATUS_SV } from './format.js';

const STATUS_OPTIONS = (Object.keys(ITEM_STATUS_SV) as ChecklistItemDto['status'][]).map(
  (value) => ({ value, label: ITEM_STATUS_SV[value] }),
);

export interface ItemCardProps {
  item: ChecklistItemDto;
  householdId: string;
  /** Whom the item concerns, e.g. "Testa Exempelsson"; null for a household item. */
  memberName: string | null;
  detailEditors?: DetailEditors;
  household: HouseholdDto | null;
  visit: DayVisit;
}

/** JSON with object keys sorted: details that differ only in key order are the same details. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * One of our own checklist items: status, note and the agency's details, saved together under
 * the version the caseworker saw. A concurrent change is a conflict, shown and reloaded, never
 * overwritten.
 */
export function ItemCard({
  item,
  householdId,
  memberName,
  detailEditors,
  household,
  visit,
}: ItemCardProps) {
  const { api } = useCaseworkerKit();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [status, setStatus] = useState(item.status);
  const [note, setNote] = useState(item.note);
  const [details, setDetails] = useState<Record<string, unknown>>(item.details ?? {});
  const Editor = detailEditors?.[item.code];
  // The server's item moves on (our save, or someone else's). After our own save the form shows
  // what was saved; after a conflict it keeps the caseworker's edits, so nothing typed is lost,
  // and the next save is checked against the version now shown.
  const [seenVersion, setSeenVersion] = useState(item.version);
  const [keepEdits, setKeepEdits] = useState(false);
  if (item.version !== seenVersion) {
    setSeenVersion(item.version);
    if (!keepEdits) {
      setStatus(item.status);
      setNote(item.note);
      setDetails(item.details ?? {});
    }
  }

  const save = useMutation({
    mutationFn: () =>
      api.checklist.updateItem({
        householdId,
        itemId: item.id,
        expectedVersion: item.version,
        status,
        note,
        ...(Editor ? { details } : {}),
        idempotencyKey: crypto.randomUUID(),
      }),
    onMutate: () => setKeepEdits(false),
    onError: (error) => setKeepEdits(errorCode(error) === 'CONFLICT'),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['checklist.get', { householdId }] }),
  });
  const conflict = save.isError && errorCode(save.error) === 'CONFLICT';
  const dirty =
    status !== item.status ||
    note !== item.note ||
    canonical(details) !== canonical(item.details ?? {});

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <li className="ms-ck-item" data-testid={`item-${item.code}`} aria-labelledby={titleId}>
      <form onSubmit={submit} aria-labelledby={titleId}>
        <h4 id={titleId}>
          {item.label.sv}
          {memberName ? ` – ${memberName}` : ''}
        </h4>
        {item.waiting ? <p>Väntar på en annan punkt först.</p> : null}
        <Select
          label="Status"
          options={STATUS_OPTIONS}
          value={status}
          disabled={save.isPending}
          onChange={(e) => setStatus(e.target.value as ChecklistItemDto['status'])}
        />
        {Editor ? (
          <Editor
            item={item}
            household={household}
            visit={visit}
            details={details}
            onChange={setDetails}
            disabled={save.isPending}
          />
        ) : null}
        <TextField
          label="Anteckning"
          hint="Syns för den nyanlända i deras checklista."
          value={note}
          maxLength={4000}
          disabled={save.isPending}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={!dirty} busy={save.isPending}>
          Spara
        </Button>
        {save.isSuccess && !dirty ? <p role="status">Sparat.</p> : null}
        {conflict ? (
          <Alert tone="warning" title="Punkten har ändrats av någon annan">
            Sparat nu: {ITEM_STATUS_SV[item.status]}
            {item.note ? `, anteckning: ”${item.note}”` : ''}. Dina ändringar finns kvar i
            formuläret; kontrollera och spara igen.
          </Alert>
        ) : save.isError ? (
          <Alert tone="error" title="Kunde inte spara">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
      </form>
    </li>
  );
}
