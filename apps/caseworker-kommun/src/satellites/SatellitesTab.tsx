import { useId } from 'react';
import { Alert } from '@motesplats/ui';
import { SatelliteContact } from './SatelliteContact';
import { useLocationDetail } from './use-location-detail';

/** The satellite municipalities whose newcomers this location invites, and how to reach each. */
export function SatellitesTab() {
  const location = useLocationDetail();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="ms-kommun-satellites">
      <h3 id={titleId}>Kranskommuner</h3>
      {location.isPending ? <p role="status">Hämtar ortens kranskommuner …</p> : null}
      {location.isError ? (
        <Alert tone="error" title="Kunde inte hämta ortens konfiguration (locations.get)">
          {location.error instanceof Error ? location.error.message : String(location.error)}
        </Alert>
      ) : null}
      {location.data ? (
        location.data.config.satellites.length ? (
          <>
            <p>
              Nyanlända från de här kommunerna bjuds in till {location.data.name}. Den som inte
              träffar sin hemkommun här får kontaktuppgifterna med sig.
            </p>
            <ul className="ms-kommun-satellite-list">
              {location.data.config.satellites.map((s) => (
                <li key={s.code}>
                  <h4>{s.name}</h4>
                  <SatelliteContact satellite={s} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Alert tone="info" title="Inga kranskommuner">
            {location.data.name} har inga kranskommuner i sin konfiguration: alla hushåll hör till{' '}
            {location.data.config.municipality.name}.
          </Alert>
        )
      ) : null}
    </section>
  );
}
