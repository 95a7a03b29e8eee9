import { useFieldArray, useWatch, type FieldArrayPath } from 'react-hook-form';
import type { LocationConfig, TrackId } from '@motesplats/location-config';
import { FormCheckbox } from '../fields/FormCheckbox';
import { asPath, useConfigForm } from '../fields/form-types';
import { useFieldIssue } from '../issues-context';
import { AddStepForm } from './AddStepForm';
import { ChainStepRow } from './ChainStepRow';

const TRACK_SV: Record<TrackId, string> = {
  '1': 'Spår 1 – inbjudna av Migrationsverket',
  '2': 'Spår 2 – inbjudna av Arbetsförmedlingen',
  '3': 'Spår 3 – inbjudna av kommunen',
};

/** One track: offered or not, and its chain of meetings in the order the newcomer walks it. */
export function TrackEditor({ track }: { track: TrackId }) {
  const { control } = useConfigForm();
  const name = `tracks.${track}.chain` as FieldArrayPath<LocationConfig>;
  const { fields, move, remove, append } = useFieldArray({ control, name });
  const chain = (useWatch({ control, name: asPath(name) }) ?? []) as Array<{ actor: string }>;
  // Rules on the chain as a whole ("at least one step", the frame's required actors) land here.
  const chainError = useFieldIssue(name);
  const errorId = `chain-${track}-error`;
  return (
    <section className="ms-loc-track" aria-labelledby={`track-${track}-heading`}>
      <h4 id={`track-${track}-heading`}>{TRACK_SV[track]}</h4>
      <FormCheckbox name={`tracks.${track}.enabled`} label={`Spår ${track} erbjuds`} />
      <ol
        className="ms-loc-chain"
        aria-label={`Kedjan i spår ${track}`}
        aria-describedby={chainError ? errorId : undefined}
      >
        {fields.map((field, index) => (
          <ChainStepRow
            key={field.id}
            track={track}
            index={index}
            count={fields.length}
            onMove={move}
            onRemove={remove}
          />
        ))}
      </ol>
      {fields.length === 0 ? <p>Kedjan är tom.</p> : null}
      {chainError ? (
        <p id={errorId} className="ms-field__error">
          {chainError}
        </p>
      ) : null}
      <AddStepForm
        track={track}
        inChain={chain.map((step) => step.actor)}
        onAdd={(step) => append(step)}
      />
    </section>
  );
}
