import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '@motesplats/ui';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { FormText } from '../fields/FormText';
import { asPath, useConfigForm } from '../fields/form-types';
import { AddressFields } from './AddressFields';
import { ListItemHeader } from './ListItemHeader';
import { ACTOR_OPTIONS } from './options';

const EMPTY_ADDRESS = { street: '', postalCode: '', city: '' };

function Branch({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control } = useConfigForm();
  const base = `branches.${index}`;
  const name = useWatch({ control, name: asPath(`${base}.name`) }) as string;
  return (
    <li className="ms-loc-item" data-testid={`branch-${index}`}>
      <ListItemHeader
        title={`Filial ${index + 1}${name ? ` (${name})` : ''}`}
        onRemove={onRemove}
      />
      <FormText name={`${base}.id`} label="Id" hint="Små bokstäver, siffror och bindestreck" />
      <FormText name={`${base}.name`} label="Namn" />
      <AddressFields base={`${base}.address`} />
      <ChoiceGroup
        name={`${base}.actors`}
        legend="Aktörer som bemannar filialen härifrån"
        options={ACTOR_OPTIONS}
      />
    </li>
  );
}

/** Filialer: service offices in satellite municipalities, partly staffed from here. */
export function BranchesEditor() {
  const { control } = useConfigForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'branches' });
  return (
    <section aria-labelledby="loc-branches-heading">
      <h4 id="loc-branches-heading">Filialer</h4>
      {fields.length === 0 ? <p>Inga filialer.</p> : null}
      <ul className="ms-loc-list">
        {fields.map((field, index) => (
          <Branch key={field.id} index={index} onRemove={() => remove(index)} />
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() => append({ id: '', name: '', address: EMPTY_ADDRESS, actors: [] })}
      >
        Lägg till filial
      </Button>
    </section>
  );
}
