import { useState } from 'react';
import { Button, Select } from '@motesplats/ui';
import type { ActorId, ChainStep, StepMode, TrackId } from '@motesplats/location-config';
import { ACTOR_OPTIONS, MODE_OPTIONS } from './options';

export interface AddStepFormProps {
  track: TrackId;
  /** Actors already in the chain: the first one missing is offered first. */
  inChain: readonly string[];
  onAdd: (step: ChainStep) => void;
}

/** Not a <form>: it lives inside the configuration's form, and forms do not nest. */
export function AddStepForm({ track, inChain, onAdd }: AddStepFormProps) {
  const missing = ACTOR_OPTIONS.find((option) => !inChain.includes(option.value));
  const [actor, setActor] = useState<ActorId>(missing?.value ?? 'af');
  const [mode, setMode] = useState<StepMode>('in-person');
  return (
    <div className="ms-loc-add" role="group" aria-label={`Nytt steg i spår ${track}`}>
      <Select
        label="Aktör för nytt steg"
        options={ACTOR_OPTIONS}
        value={actor}
        onChange={(event) => setActor(event.target.value as ActorId)}
      />
      <Select
        label="Mötesform för nytt steg"
        options={MODE_OPTIONS}
        value={mode}
        onChange={(event) => setMode(event.target.value as StepMode)}
      />
      <Button variant="secondary" onClick={() => onAdd({ actor, mode, minutes: 30 })}>
        Lägg till steg i spår {track}
      </Button>
    </div>
  );
}
