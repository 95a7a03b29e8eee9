import { useWatch } from 'react-hook-form';
import { Button } from '@motesplats/ui';
import type { TrackId } from '@motesplats/location-config';
import { FormSelect } from '../fields/FormSelect';
import { FormText } from '../fields/FormText';
import { asPath, useConfigForm } from '../fields/form-types';
import { actorSv } from '../labels';
import { ACTOR_OPTIONS, CONDITION_OPTIONS, MODE_OPTIONS } from './options';

export interface ChainStepRowProps {
  track: TrackId;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/**
 * One meeting of a chain. The buttons name the step and its actor ("Flytta ned steg 2,
 * Arbetsförmedlingen, i spår 1"): a screen reader user hears which of the many identical buttons
 * this is, and the end-to-end tests find it by that name.
 */
export function ChainStepRow({ track, index, count, onMove, onRemove }: ChainStepRowProps) {
  const { control } = useConfigForm();
  const base = `tracks.${track}.chain.${index}`;
  const actor = useWatch({ control, name: asPath(`${base}.actor`) }) as string | undefined;
  const units = useWatch({ control, name: asPath(`${base}.units`) }) as
    Array<{ id: string; name: string }> | undefined;
  const which = `steg ${index + 1}, ${actorSv(actor ?? '')}, i spår ${track}`;
  return (
    <li className="ms-loc-step" data-testid={`chain-step-${track}-${index}`}>
      <fieldset className="ms-loc-step__fields">
        <legend>
          Steg {index + 1}: {actorSv(actor ?? '')}
        </legend>
        <FormSelect name={`${base}.actor`} label="Aktör" options={ACTOR_OPTIONS} />
        <FormText name={`${base}.minutes`} label="Minuter" type="number" />
        <FormSelect name={`${base}.mode`} label="Mötesform" options={MODE_OPTIONS} />
        <FormSelect
          name={`${base}.condition`}
          label="Villkor"
          options={CONDITION_OPTIONS}
          emptyLabel="Alla på spåret (inget villkor)"
        />
        <FormText name={`${base}.note`} label="Vad mötet handlar om" optional />
        {units?.length ? (
          <p className="ms-field__hint">
            Enheter i mötet: {units.map((unit) => unit.name).join(', ')}
          </p>
        ) : null}
      </fieldset>
      <div className="ms-loc-step__actions">
        <Button
          variant="secondary"
          aria-label={`Flytta upp ${which}`}
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
        >
          Flytta upp
        </Button>
        <Button
          variant="secondary"
          aria-label={`Flytta ned ${which}`}
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
        >
          Flytta ned
        </Button>
        <Button variant="danger" aria-label={`Ta bort ${which}`} onClick={() => onRemove(index)}>
          Ta bort
        </Button>
      </div>
    </li>
  );
}
