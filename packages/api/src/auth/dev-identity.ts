import type { ActorId, DevLoginInput } from '@motesplats/contracts';

// Obviously fictional people for development login. Never real officials' names.
const GIVEN_NAMES = ['Alva', 'Bo', 'Cleo', 'Dani', 'Elis', 'Frej', 'Greta', 'Hugo', 'Iris', 'Juni'];
const AGENCY_SURNAMES: Record<ActorId, string> = {
  mv: 'Migrationsdemo',
  af: 'Arbetsdemo',
  fk: 'Försäkringsdemo',
  pm: 'Pensionsdemo',
  skv: 'Skattedemo',
  kommun: 'Kommundemo',
};
const ROLE_SURNAMES = {
  caseworker: 'Demohandläggare',
  'location-admin': 'Ortsadmindemo',
  'national-admin': 'Riksadmindemo',
  analyst: 'Analysdemo',
} as const;

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h;
}

/** A stable, fictional name for a development identity, e.g. 'Greta Arbetsdemo'. */
export function devDisplayName(input: DevLoginInput): string {
  const given =
    GIVEN_NAMES[
      hash(`${input.role}|${input.agency ?? ''}|${input.locationId ?? ''}`) % GIVEN_NAMES.length
    ];
  const surname =
    input.role === 'caseworker' && input.agency
      ? AGENCY_SURNAMES[input.agency]
      : ROLE_SURNAMES[input.role];
  return `${given} ${surname}`;
}
