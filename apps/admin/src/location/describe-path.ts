/** Swedish names of the configuration's keys, for diffs and the error summary. */
const KEY_SV: Record<string, string> = {
  id: 'id',
  name: 'namn',
  municipality: 'Kommun',
  venue: 'Lokal',
  kind: 'typ',
  address: 'adress',
  street: 'gatuadress',
  postalCode: 'postnummer',
  city: 'ort',
  directions: 'vägbeskrivning',
  actors: 'Aktörer',
  tracks: 'Spår',
  enabled: 'erbjuds',
  chain: 'steg',
  actor: 'aktör',
  minutes: 'minuter',
  mode: 'mötesform',
  condition: 'villkor',
  note: 'vad mötet handlar om',
  units: 'enhet',
  purpose: 'syfte',
  satellites: 'Kranskommun',
  code: 'kommunkod',
  staffsOffice: 'bemannar kontoret',
  homeContact: 'kontakt med hemkommunen',
  method: 'sätt',
  text: 'text',
  branches: 'Filial',
  mobileTeams: 'Mobilt team',
  rooms: 'Rum',
  capacity: 'antal platser',
  interpreters: 'Tolkspråk',
  language: 'språkkod',
  count: 'antal',
  infoSheetLanguages: 'Informationsbladets språk',
  openingHours: 'Öppettider',
  weekday: 'veckodag',
  opens: 'öppnar',
  closes: 'stänger',
};

/**
 * ['tracks', '1', 'chain', 2, 'minutes'] → 'Spår 1 › steg 3 › minuter'. List positions count
 * from 1, as people do; a track key joins its word ('Spår 1').
 */
export function describePath(path: ReadonlyArray<string | number>): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i]!;
    const next = path[i + 1];
    const word = typeof segment === 'number' ? `nr ${segment + 1}` : (KEY_SV[segment] ?? segment);
    if (segment === 'tracks' && typeof next === 'string') {
      parts.push(`Spår ${next}`);
      i += 1;
    } else if (typeof next === 'number' && segment !== 'actors') {
      parts.push(`${word} ${next + 1}`);
      i += 1;
    } else parts.push(word);
  }
  return parts.join(' › ') || 'Hela konfigurationen';
}

/** 'tracks.1.chain[2].minutes' (an issue's path) → its segments. */
export function splitIssuePath(path: string): Array<string | number> {
  if (path === '(input)') return [];
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((segment, index, all) =>
      /^\d+$/.test(segment) && all[index - 1] !== 'tracks' ? Number(segment) : segment,
    );
}
