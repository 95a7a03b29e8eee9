import type { LocationConfig } from '@motesplats/location-config';
import { DEMO_CONFIG, SATELLITE_NOT_STAFFED_CONFIG } from '@motesplats/location-config';
import { LocationDetail } from '@motesplats/contracts';

// The example configurations as typed constants: a relative import of examples/*.json would
// cross into another project, which the boundary rules refuse, and location-config keeps each
// constant equal to its examples/<name>.json. Parsed through the gateway's output schema, so a
// fixture the gateway could not send fails here rather than as a puzzling render.
function detail(config: LocationConfig): LocationDetail {
  return LocationDetail.parse({
    id: config.id,
    name: config.name,
    municipalityCode: config.municipality.code,
    config,
    version: 1,
    updatedAt: '2026-11-01T08:00:00Z',
  });
}

/** Provstad: satellites Provby (drop-in), Provholm (booked time) and Provås (staffs the office). */
export const withSatellites = () => detail(SATELLITE_NOT_STAFFED_CONFIG);

/** The demo location: no satellites. */
export const withoutSatellites = () => detail(DEMO_CONFIG);
