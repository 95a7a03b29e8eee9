import { useFieldArray } from 'react-hook-form';
import { Button } from '@motesplats/ui';
import { FormText } from '../fields/FormText';
import { useConfigForm } from '../fields/form-types';
import { useFieldIssue } from '../issues-context';
import { ListItemHeader } from './ListItemHeader';

function ListError({ name }: { name: string }) {
  // "At least one room" is about the list, not an item; it shows under the list.
  const error = useFieldIssue(name);
  return error ? <p className="ms-field__error">{error}</p> : null;
}

function Rooms() {
  const { control } = useConfigForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'rooms' });
  return (
    <section aria-labelledby="loc-rooms-heading">
      <h4 id="loc-rooms-heading">Lokaler</h4>
      <ul className="ms-loc-list">
        {fields.map((field, index) => (
          <li key={field.id} className="ms-loc-item ms-loc-row" data-testid={`room-${index}`}>
            <ListItemHeader title={`Rum ${index + 1}`} onRemove={() => remove(index)} />
            <FormText name={`rooms.${index}.id`} label="Id" />
            <FormText name={`rooms.${index}.name`} label="Namn" />
            <FormText name={`rooms.${index}.capacity`} label="Antal platser" type="number" />
          </li>
        ))}
      </ul>
      <ListError name="rooms" />
      <Button variant="secondary" onClick={() => append({ id: '', name: '', capacity: 4 })}>
        Lägg till rum
      </Button>
    </section>
  );
}

function Interpreters() {
  const { control } = useConfigForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'interpreters' });
  return (
    <section aria-labelledby="loc-interpreters-heading">
      <h4 id="loc-interpreters-heading">Tolkar</h4>
      {fields.length === 0 ? <p>Inga tolkar i poolen.</p> : null}
      <ul className="ms-loc-list">
        {fields.map((field, index) => (
          <li
            key={field.id}
            className="ms-loc-item ms-loc-row"
            data-testid={`interpreter-${index}`}
          >
            <ListItemHeader title={`Tolkspråk ${index + 1}`} onRemove={() => remove(index)} />
            <FormText
              name={`interpreters.${index}.language`}
              label="Språkkod"
              hint="Två eller tre små bokstäver, t.ex. ar, prs"
            />
            <FormText name={`interpreters.${index}.count`} label="Antal tolkar" type="number" />
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => append({ language: '', count: 1 })}>
        Lägg till tolkspråk
      </Button>
    </section>
  );
}

export function RoomsSection() {
  return (
    <section aria-labelledby="loc-rooms-interpreters-heading">
      <h3 id="loc-rooms-interpreters-heading">Lokaler och tolkar</h3>
      <Rooms />
      <Interpreters />
    </section>
  );
}
