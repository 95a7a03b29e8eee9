// Everything here is invented. The surnames say so on purpose: no real person, no real official.
// Dossier numbers start with 99 and are made up.
import { EXAMPLE_CONFIGS, type LocationConfig } from '@motesplats/location-config';

type Permit = { chapter: number; section?: number };
export type DemoMember = {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male';
  dossierNumber?: string;
  permit?: Permit;
  housing?: 'municipality-placed' | 'own' | 'migration-facility';
  unaccompaniedMinor?: boolean;
  /** Index of the household member this person came with or joined. */
  relation?: {
    kind: 'accompanying-child' | 'family-reunification';
    to: number;
    nuclearFamily?: boolean;
  };
};
export type DemoHousehold = {
  reference: string;
  language: string | null;
  track: 1 | 2 | 3;
  startTime: string;
  permitCardReady: boolean;
  idDocumentsReady: boolean;
  members: DemoMember[];
};

/** Every example location; the demo location carries the day of bookings. */
export const DEMO_LOCATIONS: readonly LocationConfig[] = Object.values(EXAMPLE_CONFIGS);

/** Birth dates are relative to the demo day, so ages stay right whenever the demo is seeded. */
function bornYearsAgo(day: string, years: number, monthsOffset = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1 - monthsOffset, Math.min(d, 28)));
  return date.toISOString().slice(0, 10);
}

const ASYLUM: Permit = { chapter: 5, section: 1 };
const QUOTA: Permit = { chapter: 5, section: 2 };

/** A realistic Mötesplats day: all three tracks, single adults, families, an older relative. */
export function demoDay(day: string): DemoHousehold[] {
  const b = (years: number, months = 0) => bornYearsAgo(day, years, months);
  const child = (to = 0) => ({
    unaccompaniedMinor: false,
    relation: { kind: 'accompanying-child' as const, to },
  });
  return [
    {
      reference: 'DEMO-0001',
      language: 'ar',
      track: 1,
      startTime: '08:30',
      permitCardReady: true,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Samira',
          familyName: 'Exempelsson',
          birthDate: b(34, 2),
          sex: 'female',
          dossierNumber: '99-000101',
          permit: ASYLUM,
          housing: 'migration-facility',
        },
        {
          givenName: 'Karim',
          familyName: 'Exempelsson',
          birthDate: b(37, 5),
          sex: 'male',
          dossierNumber: '99-000102',
          permit: ASYLUM,
          housing: 'migration-facility',
        },
        {
          givenName: 'Lina',
          familyName: 'Exempelsson',
          birthDate: b(8, 1),
          sex: 'female',
          ...child(),
        },
        {
          givenName: 'Adam',
          familyName: 'Exempelsson',
          birthDate: b(3, 4),
          sex: 'male',
          ...child(),
        },
      ],
    },
    {
      reference: 'DEMO-0002',
      language: 'ti',
      track: 1,
      startTime: '09:00',
      permitCardReady: false,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Selam',
          familyName: 'Demosdotter',
          birthDate: b(26, 7),
          sex: 'female',
          dossierNumber: '99-000201',
          permit: ASYLUM,
          housing: 'own',
        },
      ],
    },
    {
      reference: 'DEMO-0003',
      language: 'prs',
      track: 1,
      startTime: '09:30',
      permitCardReady: true,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Farid',
          familyName: 'Provare',
          birthDate: b(45, 3),
          sex: 'male',
          dossierNumber: '99-000301',
          permit: ASYLUM,
          housing: 'municipality-placed',
        },
        {
          givenName: 'Zahra',
          familyName: 'Provare',
          birthDate: b(41, 9),
          sex: 'female',
          dossierNumber: '99-000302',
          permit: ASYLUM,
          housing: 'municipality-placed',
        },
        {
          givenName: 'Nasrin',
          familyName: 'Provare',
          birthDate: b(68, 0),
          sex: 'female',
          dossierNumber: '99-000303',
          relation: { kind: 'family-reunification', to: 0, nuclearFamily: true },
        },
      ],
    },
    {
      reference: 'DEMO-0004',
      language: 'so',
      track: 2,
      startTime: '10:00',
      permitCardReady: true,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Hodan',
          familyName: 'Testberg',
          birthDate: b(29, 6),
          sex: 'female',
          dossierNumber: '99-000401',
          permit: ASYLUM,
          housing: 'own',
        },
        {
          givenName: 'Ayaan',
          familyName: 'Testberg',
          birthDate: b(4, 2),
          sex: 'female',
          ...child(),
        },
      ],
    },
    {
      reference: 'DEMO-0005',
      language: null,
      track: 2,
      startTime: '10:30',
      permitCardReady: true,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Olek',
          familyName: 'Låtsasson',
          birthDate: b(52, 1),
          sex: 'male',
          dossierNumber: '99-000501',
          permit: { chapter: 21, section: 1 },
          housing: 'own',
        },
      ],
    },
    {
      reference: 'DEMO-0006',
      language: 'ar',
      track: 3,
      startTime: '11:00',
      permitCardReady: true,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Rami',
          familyName: 'Fiktivsson',
          birthDate: b(31, 11),
          sex: 'male',
          dossierNumber: '99-000601',
          permit: QUOTA,
          housing: 'municipality-placed',
        },
        {
          givenName: 'Dalia',
          familyName: 'Fiktivsson',
          birthDate: b(30, 8),
          sex: 'female',
          dossierNumber: '99-000602',
          permit: QUOTA,
          housing: 'municipality-placed',
        },
        {
          givenName: 'Yara',
          familyName: 'Fiktivsson',
          birthDate: b(12, 3),
          sex: 'female',
          ...child(),
        },
        {
          givenName: 'Omar',
          familyName: 'Fiktivsson',
          birthDate: b(10, 6),
          sex: 'male',
          ...child(),
        },
        {
          givenName: 'Sami',
          familyName: 'Fiktivsson',
          birthDate: b(1, 5),
          sex: 'male',
          ...child(),
        },
      ],
    },
    {
      reference: 'DEMO-0007',
      language: 'ti',
      track: 3,
      startTime: '12:30',
      permitCardReady: true,
      idDocumentsReady: false,
      members: [
        {
          givenName: 'Tesfay',
          familyName: 'Påhittad',
          birthDate: b(19, 2),
          sex: 'male',
          dossierNumber: '99-000701',
          permit: QUOTA,
          housing: 'municipality-placed',
        },
      ],
    },
    {
      reference: 'DEMO-0008',
      language: 'so',
      track: 3,
      startTime: '13:00',
      permitCardReady: true,
      idDocumentsReady: true,
      members: [
        {
          givenName: 'Ifrah',
          familyName: 'Exempeldotter',
          birthDate: b(38, 4),
          sex: 'female',
          dossierNumber: '99-000801',
          permit: QUOTA,
          housing: 'municipality-placed',
        },
        {
          givenName: 'Guled',
          familyName: 'Exempeldotter',
          birthDate: b(16, 7),
          sex: 'male',
          ...child(),
        },
      ],
    },
  ];
}

export const INVITING_AGENCY = { 1: 'mv', 2: 'af', 3: 'kommun' } as const;

/**
 * The demo households' personal codes, printed on their invitations. Demo only: a real code is
 * random and shown once (newcomer.rotateAccessCode).
 */
export const DEMO_ACCESS_CODES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 8 }, (_, i) => [`DEMO-000${i + 1}`, `DM0${i + 1}-2M9T-XW4D-8RCE`]),
);
