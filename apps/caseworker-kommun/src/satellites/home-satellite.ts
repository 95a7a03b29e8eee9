import type { ChecklistItemDto } from '@motesplats/contracts';
import type { Satellite } from './satellite';

export const HOME_CONTACT_CODE = 'home-municipality-contact';

/** The household's contact item: it exists only when the home municipality is not on site. */
export function homeContactItem(items: readonly ChecklistItemDto[]): ChecklistItemDto | undefined {
  return items.find((i) => i.code === HOME_CONTACT_CODE);
}

/**
 * The satellite that is the household's home municipality, by its kommunkod. Null when the code
 * is unknown or names no satellite of this location.
 */
export function homeSatellite(
  municipalityCode: string | null,
  satellites: readonly Satellite[],
): Satellite | null {
  if (!municipalityCode) return null;
  return satellites.find((s) => s.code === municipalityCode) ?? null;
}
