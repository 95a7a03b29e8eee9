import { FormText } from '../fields/FormText';

/** An address under `base` ('venue.address', 'branches.0.address'). */
export function AddressFields({ base, directionsHint }: { base: string; directionsHint?: string }) {
  return (
    <>
      <FormText name={`${base}.street`} label="Gatuadress" />
      <FormText name={`${base}.postalCode`} label="Postnummer" hint="Som 123 45" />
      <FormText name={`${base}.city`} label="Ort" />
      <FormText name={`${base}.directions`} label="Vägbeskrivning" hint={directionsHint} optional />
    </>
  );
}
