import { CONTACT_METHOD_SV, type Satellite } from './satellite';

/**
 * How a newcomer of a satellite municipality gets its services. The configuration keeps the
 * contact as one free text (address, phone, opening times as the municipality wrote them), so it
 * is shown as written rather than guessed apart into fields.
 */
export function SatelliteContact({ satellite }: { satellite: Satellite }) {
  const contact = satellite.homeContact;
  return (
    <dl className="ms-kommun-contact">
      <dt>Kommunkod</dt>
      <dd>{satellite.code}</dd>
      <dt>På Mötesplatsen</dt>
      <dd>
        {satellite.staffsOffice
          ? 'Kommunen bemannar kontoret: den nyanlända träffar kommunens handläggare här.'
          : 'Kommunen är inte på plats: ge den nyanlända kontaktuppgifterna nedan.'}
      </dd>
      {contact ? (
        <>
          <dt>Kontaktsätt</dt>
          <dd>{CONTACT_METHOD_SV[contact.method]}</dd>
          <dt>Kontaktuppgifter</dt>
          <dd>{contact.text}</dd>
        </>
      ) : null}
    </dl>
  );
}
