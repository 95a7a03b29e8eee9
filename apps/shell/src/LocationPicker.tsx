import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';
import { SelectField } from './SelectField';

type Props = {
  /**
   * The location in the URL, else the deployment's (runtime-config.js `locationId`), else the
   * user's own; the first listed when none is known.
   */
  preferredLocationId: string | null;
  onOpen(locationId: string): void;
};

export function LocationPicker({ preferredLocationId, onOpen }: Props) {
  const trpc = useTRPC();
  const locations = useQuery(trpc.locations.list.queryOptions());
  const [choice, setChoice] = useState<string | null>(null);

  const list = locations.data ?? [];
  const preferred = list.some((location) => location.id === preferredLocationId)
    ? preferredLocationId
    : null;
  const value = choice ?? preferred ?? list[0]?.id ?? '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value) onOpen(value);
  }

  return (
    <form className="location-picker" onSubmit={submit}>
      <SelectField
        label="Välj ort"
        value={value}
        options={list.map((location) => ({ value: location.id, label: location.name }))}
        onChange={setChoice}
        disabled={!locations.isSuccess}
      />
      <button type="submit" className="button button--primary" disabled={!value}>
        Öppna
      </button>
      {locations.isPending ? <p role="status">Hämtar orter…</p> : null}
      {locations.isError ? (
        <p role="alert" className="error-text">
          Kunde inte hämta orter (locations.list): {locations.error.message}
        </p>
      ) : null}
    </form>
  );
}
