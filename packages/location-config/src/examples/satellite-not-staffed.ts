import { deepFreeze } from '../deep-freeze.js';
import type { LocationConfig } from '../location-config.js';

/**
 * A location that also invites newcomers from satellite municipalities (kranskommuner). Provby
 * does not staff the office: the service office tells its newcomers how to reach Provby's own
 * office (drop-in). Provholm does not either, but works with booked times. Provås staffs the
 * office, so its newcomers meet a Provås caseworker in the chain. All names are invented.
 */
export const SATELLITE_NOT_STAFFED_CONFIG: LocationConfig = deepFreeze({
  id: 'provstad',
  name: 'Mötesplats Provstad',
  municipality: { name: 'Provstad', code: '9902' },
  venue: {
    kind: 'service-office',
    name: 'Servicekontoret Provstad',
    address: {
      street: 'Provvägen 12',
      postalCode: '999 02',
      city: 'Provstad',
      directions: 'Gula huset bakom busstationen, ingång B.',
    },
  },
  actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
  tracks: {
    '1': {
      enabled: true,
      chain: [
        { actor: 'mv', minutes: 30, mode: 'in-person' },
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'kommun', minutes: 40, mode: 'in-person' },
      ],
    },
    '2': {
      enabled: true,
      chain: [
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'kommun', minutes: 40, mode: 'in-person' },
      ],
    },
    '3': { enabled: false, chain: [] },
  },
  satellites: [
    {
      name: 'Provby',
      code: '9903',
      staffsOffice: false,
      homeContact: {
        method: 'drop-in',
        text: 'Provby kommun, medborgarkontoret i kommunhuset, Provbygatan 2. Drop-in tisdagar och torsdagar 09.00-12.00. Ta med beslutet om uppehållstillstånd.',
      },
    },
    {
      name: 'Provholm',
      code: '9904',
      staffsOffice: false,
      homeContact: {
        method: 'booked-time',
        text: 'Provholms kommun bokar en tid åt dig och skickar en kallelse med post inom en vecka.',
      },
    },
    { name: 'Provås', code: '9905', staffsOffice: true },
  ],
  branches: [],
  mobileTeams: [],
  rooms: [
    { id: 'room-a', name: 'Rum A', capacity: 4 },
    { id: 'room-b', name: 'Rum B', capacity: 4 },
    { id: 'big-room', name: 'Stora rummet', capacity: 8 },
  ],
  interpreters: [
    { language: 'ar', count: 1 },
    { language: 'prs', count: 1 },
  ],
  infoSheetLanguages: ['sv', 'en', 'ar', 'prs'],
  openingHours: [
    { weekday: 'mon', opens: '09:00', closes: '15:00' },
    { weekday: 'wed', opens: '09:00', closes: '15:00' },
  ],
});
