import { useFieldArray } from 'react-hook-form';
import { Button } from '@motesplats/ui';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { FormText } from '../fields/FormText';
import { useConfigForm } from '../fields/form-types';
import { AddressFields } from './AddressFields';
import { ListItemHeader } from './ListItemHeader';
import { ACTOR_OPTIONS } from './options';

function MobileTeam({ index, onRemove }: { index: number; onRemove: () => void }) {
  const base = `mobileTeams.${index}`;
  return (
    <li className="ms-loc-item" data-testid={`mobile-team-${index}`}>
      <ListItemHeader title={`Mobilt team ${index + 1}`} onRemove={onRemove} />
      <FormText name={`${base}.id`} label="Id" hint="Små bokstäver, siffror och bindestreck" />
      <FormText name={`${base}.venue.name`} label="Lokalens namn" />
      <AddressFields base={`${base}.venue.address`} />
      <ChoiceGroup name={`${base}.actors`} legend="Aktörer i teamet" options={ACTOR_OPTIONS} />
    </li>
  );
}

/** Mobila team: caseworkers from here travelling to a venue in a nearby municipality. */
export function MobileTeamsEditor() {
  const { control } = useConfigForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'mobileTeams' });
  return (
    <section aria-labelledby="loc-mobile-heading">
      <h4 id="loc-mobile-heading">Mobila team</h4>
      {fields.length === 0 ? <p>Inga mobila team.</p> : null}
      <ul className="ms-loc-list">
        {fields.map((field, index) => (
          <MobileTeam key={field.id} index={index} onRemove={() => remove(index)} />
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() =>
          append({
            id: '',
            venue: { name: '', address: { street: '', postalCode: '', city: '' } },
            actors: [],
          })
        }
      >
        Lägg till mobilt team
      </Button>
    </section>
  );
}
