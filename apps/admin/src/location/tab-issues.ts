import type { ConfigIssue } from '@motesplats/location-config';

/** Which top-level keys of the config each tab edits, to count its problems on the tab. */
export const TAB_KEYS: Record<string, readonly string[]> = {
  venue: ['name', 'venue'],
  actors: ['actors'],
  tracks: ['tracks'],
  reach: ['satellites', 'branches', 'mobileTeams'],
  rooms: ['rooms', 'interpreters'],
  languages: ['infoSheetLanguages', 'openingHours'],
};

export function tabLabel(tab: string, label: string, issues: readonly ConfigIssue[]): string {
  const keys = TAB_KEYS[tab] ?? [];
  const count = issues.filter((issue) => keys.includes(issue.path.split(/[.[]/)[0]!)).length;
  return count ? `${label} (${count} fel)` : label;
}
