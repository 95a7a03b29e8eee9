import { deepFreeze } from '../deep-freeze.js';
import type { LocationConfig } from '../location-config.js';

/**
 * A location with a branch (filial): the service office in the satellite municipality Testvik is
 * the platform there, and this location sends its MV and AF caseworkers to it. This location
 * meets in the municipality's premises, not a service office. All names are invented.
 */
export const WITH_BRANCH_CONFIG: LocationConfig = deepFreeze({
  id: 'testkoping',
  name: 'Mötesplats Testköping',
  municipality: { name: 'Testköping', code: '9906' },
  venue: {
    kind: 'municipality-premises',
    name: 'Testköpings kommunhus, Mötesplatsen',
    address: {
      street: 'Testtorget 3',
      postalCode: '999 06',
      city: 'Testköping',
      directions: 'Kommunhusets huvudentré, fråga i receptionen efter Mötesplatsen (plan 1).',
    },
  },
  actors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
  tracks: {
    '1': {
      enabled: true,
      chain: [
        { actor: 'mv', minutes: 30, mode: 'in-person' },
        { actor: 'kommun', minutes: 45, mode: 'in-person' },
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person' },
        { actor: 'pm', minutes: 20, mode: 'in-person', condition: 'anyone-65-plus' },
      ],
    },
    '2': { enabled: false, chain: [] },
    '3': {
      enabled: true,
      chain: [
        { actor: 'kommun', minutes: 45, mode: 'in-person' },
        { actor: 'af', minutes: 60, mode: 'in-person' },
        { actor: 'skv', minutes: 30, mode: 'in-person' },
        { actor: 'fk', minutes: 30, mode: 'in-person', condition: 'has-children' },
      ],
    },
  },
  satellites: [{ name: 'Testvik', code: '9907', staffsOffice: true }],
  branches: [
    {
      id: 'testvik',
      name: 'Mötesplats Filial Testvik',
      address: {
        street: 'Strandprovgatan 8',
        postalCode: '999 07',
        city: 'Testvik',
        directions: 'Servicekontoret i samma hus som vårdcentralen, ingång från parkeringen.',
      },
      actors: ['mv', 'af'],
    },
  ],
  mobileTeams: [],
  rooms: [
    { id: 'room-1', name: 'Sammanträdesrum 1', capacity: 6 },
    { id: 'room-2', name: 'Sammanträdesrum 2', capacity: 4 },
  ],
  interpreters: [
    { language: 'ar', count: 1 },
    { language: 'so', count: 1 },
  ],
  infoSheetLanguages: ['sv', 'ar', 'so'],
  openingHours: [{ weekday: 'thu', opens: '08:00', closes: '16:00' }],
});
