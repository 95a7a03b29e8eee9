import { deepFreeze } from '../deep-freeze.js';
import type { LocationConfig } from '../location-config.js';

/**
 * A location run like the Gävle report (seeds/000) describes, with invented names: spår 1 only,
 * a checklist-driven chain MV → AF → municipality → service office. The municipality meets the
 * newcomer with its labour-market unit (preschool, school, SFI) and, when needed, social services
 * (financial assistance for the gap between MV's and AF's payments): two units of one step.
 */
export const GAVLE_LIKE_CONFIG: LocationConfig = deepFreeze({
  id: 'exempelhamn',
  name: 'Mötesplats Exempelhamn',
  municipality: { name: 'Exempelhamn', code: '9901' },
  venue: {
    kind: 'service-office',
    name: 'Servicekontoret Exempelhamn',
    address: {
      street: 'Hamnexempelgatan 4',
      postalCode: '999 01',
      city: 'Exempelhamn',
      directions: 'I gallerian vid resecentrum, entréplan. Följ skyltarna mot Servicekontoret.',
    },
  },
  actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
  tracks: {
    '1': {
      enabled: true,
      chain: [
        {
          actor: 'mv',
          minutes: 30,
          mode: 'in-person',
          note: 'Delgivningssamtal: beslut om uppehållstillstånd',
        },
        {
          actor: 'af',
          minutes: 60,
          mode: 'in-person',
          note: 'Första etableringssamtal: kartläggning, betyg och intyg, ansökan om etableringsersättning',
        },
        {
          actor: 'kommun',
          minutes: 50,
          mode: 'in-person',
          units: [
            {
              id: 'labour-market',
              name: 'Arbetsmarknadsenheten',
              purpose: 'Anmälan till förskola, skola och SFI',
            },
            {
              id: 'social-services',
              name: 'Socialtjänsten',
              purpose: 'Ansökan om ekonomiskt bistånd i väntan på etableringsersättning',
              condition: 'needs-financial-assistance',
            },
          ],
        },
        {
          actor: 'skv',
          minutes: 30,
          mode: 'in-person',
          note: 'Hjälp med anmälan om flytt till Sverige; information om id-kort, kostnad och handlingar',
        },
        {
          actor: 'fk',
          minutes: 30,
          mode: 'in-person',
          note: 'Socialförsäkringsförmåner utifrån livssituation, stöd vid ansökan',
        },
        {
          actor: 'pm',
          minutes: 20,
          mode: 'in-person',
          condition: 'anyone-65-plus',
          note: 'Ålderspension och äldreförsörjningsstöd',
        },
      ],
    },
    '2': { enabled: false, chain: [] },
    '3': { enabled: false, chain: [] },
  },
  satellites: [],
  branches: [],
  mobileTeams: [],
  rooms: [
    { id: 'mv-room', name: 'Samtalsrum Migrationsverket', capacity: 4 },
    { id: 'af-room', name: 'Samtalsrum Arbetsförmedlingen', capacity: 4 },
    { id: 'kommun-room', name: 'Samtalsrum kommunen', capacity: 5 },
    { id: 'service-desk', name: 'Servicekontorets handläggarplats', capacity: 3 },
  ],
  interpreters: [
    { language: 'ar', count: 1 },
    { language: 'ti', count: 1 },
    { language: 'so', count: 1 },
  ],
  infoSheetLanguages: ['sv', 'en', 'ar', 'so', 'ti'],
  openingHours: [{ weekday: 'wed', opens: '08:00', closes: '15:30' }],
});
