import { FormSelect } from '../fields/FormSelect';
import { FormText } from '../fields/FormText';
import { VENUE_KIND_OPTIONS } from './options';
import { AddressFields } from './AddressFields';

/**
 * The location's name and where the day happens. The address and directions go into every
 * invitation: the seeds tell of newcomers who went to the wrong building first, so how to find
 * the entrance is the admin's to keep right. The municipality and id are the national admin's.
 */
export function VenueSection() {
  return (
    <section aria-labelledby="loc-venue-heading">
      <h3 id="loc-venue-heading">Ort och lokal</h3>
      <FormText name="name" label="Mötesplatsens namn" />
      <FormSelect name="venue.kind" label="Typ av lokal" options={VENUE_KIND_OPTIONS} />
      <FormText name="venue.name" label="Lokalens namn" />
      <AddressFields
        base="venue.address"
        directionsHint="Hur hittar man ingången? Texten står i kallelsen."
      />
    </section>
  );
}
