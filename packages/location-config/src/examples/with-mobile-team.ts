import { deepFreeze } from '../deep-freeze.js';
import type { LocationConfig } from '../location-config.js';

/**
 * A location with a mobile team (mobilt team) that travels to the library in Exempelö. Its
 * venue is Arbetsförmedlingen's premises, and Pensionsmyndigheten is not there in person: its
 * step is a video meeting (the seeds' wished-for digital meeting). All names are invented.
 */
export const WITH_MOBILE_TEAM_CONFIG: LocationConfig = deepFreeze({
  id: 'exempelvik',
  name: 'Mötesplats Exempelvik',
  municipality: { name: 'Exempelvik', code: '9908' },
  venue: {
    kind: 'employment-service-premises',
    name: 'Arbetsförmedlingen Exempelvik',
    address: {
      street: 'Påhittade gatan 5',
      postalCode: '999 08',
      city: 'Exempelvik',
    },
  },
  actors: ['mv', 'af', 'fk', 'skv', 'kommun'],
  tracks: {
    '1': {
      enabled: true,
      chain: [
        { actor: 'mv', minutes: 30, mode: 'in-person' },
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'video', condition: 'anyone-65-plus' },
        { actor: 'kommun', minutes: 45, mode: 'in-person' },
      ],
    },
    '2': {
      enabled: true,
      chain: [
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'video', condition: 'anyone-65-plus' },
        { actor: 'kommun', minutes: 45, mode: 'in-person' },
      ],
    },
    '3': { enabled: false, chain: [] },
  },
  satellites: [],
  branches: [],
  mobileTeams: [
    {
      id: 'exempelo',
      venue: {
        name: 'Exempelö bibliotek, studierummet',
        address: {
          street: 'Biblioteksexemplet 1',
          postalCode: '999 09',
          city: 'Exempelö',
          directions: 'Studierummet ligger innanför bibliotekets barnavdelning.',
        },
      },
      actors: ['mv', 'af', 'skv'],
    },
  ],
  rooms: [
    { id: 'room-1', name: 'Mötesrum 1', capacity: 4 },
    { id: 'family-room', name: 'Familjerum', capacity: 8 },
  ],
  interpreters: [
    { language: 'ar', count: 1 },
    { language: 'ti', count: 1 },
  ],
  infoSheetLanguages: ['sv', 'en', 'ar', 'ti'],
  openingHours: [
    { weekday: 'tue', opens: '09:00', closes: '15:00' },
    { weekday: 'fri', opens: '09:00', closes: '12:00' },
  ],
});
