import { deepFreeze } from '../deep-freeze.js';
import type { LocationConfig } from '../location-config.js';

/**
 * The demo location: all six actors, all three tracks, no satellite municipalities. Everything
 * in it is invented (municipality code 9999 does not exist). Mirrored by examples/demo.json.
 */
export const DEMO_CONFIG: LocationConfig = deepFreeze({
  id: 'demo',
  name: 'Mötesplats Demoby',
  municipality: { name: 'Demoby', code: '9999' },
  venue: {
    kind: 'service-office',
    name: 'Servicekontoret Demoby',
    address: {
      street: 'Exempelgatan 1',
      postalCode: '999 99',
      city: 'Demoby',
      directions:
        'Ingång från torget, glasdörrarna bredvid biblioteket. Inte kommunhuset mittemot. Ta hissen till plan 2.',
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
          note: 'Delgivningssamtal om uppehållstillstånd',
        },
        { actor: 'af', minutes: 60, mode: 'in-person', note: 'Första etableringssamtal' },
        {
          actor: 'fk',
          minutes: 30,
          mode: 'in-person',
          note: 'Socialförsäkringen utifrån livssituation',
        },
        {
          actor: 'pm',
          minutes: 20,
          mode: 'in-person',
          condition: 'anyone-65-plus',
          note: 'Ålderspension och äldreförsörjningsstöd',
        },
        {
          actor: 'skv',
          minutes: 30,
          mode: 'in-person',
          note: 'Anmälan om flytt till Sverige, information om id-kort',
        },
        { actor: 'kommun', minutes: 45, mode: 'in-person', note: 'Förskola, skola och SFI' },
      ],
    },
    '2': {
      enabled: true,
      chain: [
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'kommun', minutes: 45, mode: 'in-person' },
      ],
    },
    '3': {
      enabled: true,
      chain: [
        { actor: 'kommun', minutes: 45, mode: 'in-person' },
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
      ],
    },
  },
  satellites: [],
  branches: [],
  mobileTeams: [],
  rooms: [
    { id: 'room-1', name: 'Rum 1', capacity: 4 },
    { id: 'room-2', name: 'Rum 2', capacity: 4 },
    { id: 'room-3', name: 'Rum 3', capacity: 3 },
    { id: 'family-room', name: 'Familjerummet', capacity: 10 },
  ],
  interpreters: [
    { language: 'ar', count: 2 },
    { language: 'prs', count: 1 },
    { language: 'so', count: 1 },
    { language: 'ti', count: 1 },
    { language: 'en', count: 1 },
  ],
  infoSheetLanguages: ['sv', 'en', 'ar', 'prs', 'so', 'ti'],
  // Open every day, unlike a real office (see gavle-like): the demo and the end-to-end tests
  // book, walk and board "today", whatever day `npm start` runs on.
  openingHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((weekday) => ({
    weekday,
    opens: '08:30',
    closes: '16:00',
  })),
});
