import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '@motesplats/ui';
import { HOME_CONTACT_METHODS } from '@motesplats/location-config';
import { FormCheckbox } from '../fields/FormCheckbox';
import { FormSelect } from '../fields/FormSelect';
import { FormText } from '../fields/FormText';
import { asPath, useConfigForm } from '../fields/form-types';
import { HOME_CONTACT_SV } from '../labels';
import { ListItemHeader } from './ListItemHeader';

const METHOD_OPTIONS = HOME_CONTACT_METHODS.map((value) => ({
  value,
  label: HOME_CONTACT_SV[value],
}));

function Satellite({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control, getValues, setValue } = useConfigForm();
  const base = `satellites.${index}`;
  const staffs = useWatch({ control, name: asPath(`${base}.staffsOffice`) }) as boolean;
  const name = useWatch({ control, name: asPath(`${base}.name`) }) as string;
  // A municipality that staffs the office needs no contact text; one left empty is dropped
  // rather than kept as an invisible invalid field. A written text is kept.
  const onStaffs = (checked: boolean) => {
    const text = getValues(asPath(`${base}.homeContact.text`)) as string | undefined;
    if (checked && !text?.trim()) {
      setValue(asPath(`${base}.homeContact`), undefined as never, { shouldDirty: true });
    }
  };
  return (
    <li className="ms-loc-item" data-testid={`satellite-${index}`}>
      <ListItemHeader
        title={`Kranskommun ${index + 1}${name ? ` (${name})` : ''}`}
        onRemove={onRemove}
      />
      <FormText name={`${base}.name`} label="Kommunens namn" />
      <FormText name={`${base}.code`} label="Kommunkod" hint="Fyra siffror" />
      <FormCheckbox
        name={`${base}.staffsOffice`}
        label="Kommunen bemannar kontoret"
        onToggle={onStaffs}
      />
      {staffs ? null : (
        <fieldset className="ms-field">
          <legend>Hur den nyanlända når sin hemkommun</legend>
          <FormSelect name={`${base}.homeContact.method`} label="Sätt" options={METHOD_OPTIONS} />
          <FormText name={`${base}.homeContact.text`} label="Var och när" />
        </fieldset>
      )}
    </li>
  );
}

/** Kranskommuner: municipalities whose newcomers are invited to this location. */
export function SatellitesEditor() {
  const { control } = useConfigForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'satellites' });
  return (
    <section aria-labelledby="loc-satellites-heading">
      <h4 id="loc-satellites-heading">Kranskommuner</h4>
      {fields.length === 0 ? <p>Inga kranskommuner.</p> : null}
      <ul className="ms-loc-list">
        {fields.map((field, index) => (
          <Satellite key={field.id} index={index} onRemove={() => remove(index)} />
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() => append({ name: '', code: '', staffsOffice: true })}
      >
        Lägg till kranskommun
      </Button>
    </section>
  );
}
