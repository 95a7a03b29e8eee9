import type { Location } from '@motesplats/db';
import type { LocationDetail } from '@motesplats/contracts';
import type { LocationConfig } from '@motesplats/location-config';

export function locationDetail(row: Location): LocationDetail {
  return {
    id: row.id,
    name: row.name,
    municipalityCode: row.municipalityCode,
    config: row.config as unknown as LocationConfig,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
