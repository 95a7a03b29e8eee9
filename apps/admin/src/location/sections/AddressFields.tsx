import { FormText } from '../fields/FormText';

/** The address of a branch's or a mobile team's venue, under `base` ('branches.0.address'). */
export function AddressFields({ base }: { base: string }) {
  return (
    <>
      <FormText name={`${base}.street`} label="Gatuadress" />
      <FormText name={`${base}.postalCode`} label="Postnummer" hint="Som 123 45" />
      <FormText name={`${base}.city`} label="Ort" />
      <FormText name={`${base}.directions`} label="Vägbeskrivning" optional />
    </>
  );
}
