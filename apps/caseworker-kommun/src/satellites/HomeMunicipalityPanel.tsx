import { useId } from 'react';
import { Alert } from '@motesplats/ui';
import type { ChecklistItemDto } from '@motesplats/contracts';
import type { HouseholdExtrasProps } from '@motesplats/caseworker-kit';
import { homeContactItem, homeSatellite } from './home-satellite';
import { SatelliteContact } from './SatelliteContact';
import { useLocationDetail } from './use-location-detail';

function HomeMunicipalityContact({
  item,
  municipalityCode,
}: {
  item: ChecklistItemDto;
  municipalityCode: string | null;
}) {
  const location = useLocationDetail();
  const titleId = useId();
  const satellite = location.data
    ? homeSatellite(municipalityCode, location.data.config.satellites)
    : null;
  return (
    <section aria-labelledby={titleId} className="ms-kommun-home">
      <h3 id={titleId}>Hemkommun{satellite ? `: ${satellite.name}` : ''}</h3>
      {location.isPending ? <p role="status">Hämtar kranskommunens kontaktuppgifter …</p> : null}
      {location.isError ? (
        <Alert tone="error" title="Kunde inte hämta ortens konfiguration (locations.get)">
          {location.error instanceof Error ? location.error.message : String(location.error)}
        </Alert>
      ) : null}
      {satellite ? (
        <>
          <p>Hushållet hör till kranskommunen {satellite.name}.</p>
          <SatelliteContact satellite={satellite} />
        </>
      ) : location.data ? (
        <Alert tone="warning" title="Okänd kranskommun">
          Hushållets hemkommun{municipalityCode ? ` (${municipalityCode})` : ''} finns inte bland
          ortens kranskommuner.
          {item.note ? ` Enligt checklistan: ”${item.note}”.` : ''} Se fliken Kranskommuner.
        </Alert>
      ) : null}
    </section>
  );
}

/**
 * The household's home municipality when it is a satellite that does not staff the office: the
 * newcomer leaves with its contact details instead of meeting it. Nothing for the location's
 * own municipality or a satellite that staffs the office, which have no contact item.
 */
export function HomeMunicipalityPanel({ view, household }: HouseholdExtrasProps) {
  const item = homeContactItem(view.items);
  return item ? (
    <HomeMunicipalityContact item={item} municipalityCode={household.municipalityCode} />
  ) : null;
}
