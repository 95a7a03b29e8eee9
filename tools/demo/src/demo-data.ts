// Everything here is invented. The surnames say so on purpose: no real person, no real official.

export type DemoMember = {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male';
};
export type DemoHousehold = {
  reference: string;
  language: string | null;
  track: 1 | 2 | 3;
  startTime: string;
  members: DemoMember[];
};

const ALL_ACTORS = ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'];

export const DEMO_LOCATIONS = [
  {
    id: 'demo',
    name: 'Mötesplats Demoby',
    municipalityCode: '9999',
    config: {
      actors: ALL_ACTORS,
      venue: { kind: 'service-office', address: 'Exempelgatan 1, 999 99 Demoby' },
    },
  },
  {
    id: 'ovningsby',
    name: 'Mötesplats Övningsby',
    municipalityCode: '9998',
    config: {
      actors: ['af', 'fk', 'pm', 'skv', 'kommun'],
      venue: { kind: 'municipality-premises', address: 'Provvägen 12, 999 98 Övningsby' },
    },
  },
] as const;

/** Birth dates are relative to the demo day, so ages stay right whenever the demo is seeded. */
function bornYearsAgo(day: string, years: number, monthsOffset = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1 - monthsOffset, Math.min(d, 28)));
  return date.toISOString().slice(0, 10);
}

/** A realistic Mötesplats day: all three tracks, single adults, families, an older relative. */
export function demoDay(day: string): DemoHousehold[] {
  const b = (years: number, months = 0) => bornYearsAgo(day, years, months);
  return [
    {
      reference: 'DEMO-0001',
      language: 'ar',
      track: 1,
      startTime: '08:30',
      members: [
        { givenName: 'Samira', familyName: 'Exempelsson', birthDate: b(34, 2), sex: 'female' },
        { givenName: 'Karim', familyName: 'Exempelsson', birthDate: b(37, 5), sex: 'male' },
        { givenName: 'Lina', familyName: 'Exempelsson', birthDate: b(8, 1), sex: 'female' },
        { givenName: 'Adam', familyName: 'Exempelsson', birthDate: b(3, 4), sex: 'male' },
      ],
    },
    {
      reference: 'DEMO-0002',
      language: 'ti',
      track: 1,
      startTime: '09:00',
      members: [
        { givenName: 'Selam', familyName: 'Demosdotter', birthDate: b(26, 7), sex: 'female' },
      ],
    },
    {
      reference: 'DEMO-0003',
      language: 'prs',
      track: 1,
      startTime: '09:30',
      members: [
        { givenName: 'Farid', familyName: 'Provare', birthDate: b(45, 3), sex: 'male' },
        { givenName: 'Zahra', familyName: 'Provare', birthDate: b(41, 9), sex: 'female' },
        { givenName: 'Nasrin', familyName: 'Provare', birthDate: b(68, 0), sex: 'female' },
      ],
    },
    {
      reference: 'DEMO-0004',
      language: 'so',
      track: 2,
      startTime: '10:00',
      members: [
        { givenName: 'Hodan', familyName: 'Testberg', birthDate: b(29, 6), sex: 'female' },
        { givenName: 'Ayaan', familyName: 'Testberg', birthDate: b(4, 2), sex: 'female' },
      ],
    },
    {
      reference: 'DEMO-0005',
      language: null,
      track: 2,
      startTime: '10:30',
      members: [{ givenName: 'Olek', familyName: 'Låtsasson', birthDate: b(52, 1), sex: 'male' }],
    },
    {
      reference: 'DEMO-0006',
      language: 'ar',
      track: 3,
      startTime: '11:00',
      members: [
        { givenName: 'Rami', familyName: 'Fiktivsson', birthDate: b(31, 11), sex: 'male' },
        { givenName: 'Dalia', familyName: 'Fiktivsson', birthDate: b(30, 8), sex: 'female' },
        { givenName: 'Yara', familyName: 'Fiktivsson', birthDate: b(12, 3), sex: 'female' },
        { givenName: 'Omar', familyName: 'Fiktivsson', birthDate: b(10, 6), sex: 'male' },
        { givenName: 'Sami', familyName: 'Fiktivsson', birthDate: b(1, 5), sex: 'male' },
      ],
    },
    {
      reference: 'DEMO-0007',
      language: 'ti',
      track: 3,
      startTime: '12:30',
      members: [{ givenName: 'Tesfay', familyName: 'Påhittad', birthDate: b(19, 2), sex: 'male' }],
    },
    {
      reference: 'DEMO-0008',
      language: 'so',
      track: 3,
      startTime: '13:00',
      members: [
        { givenName: 'Ifrah', familyName: 'Exempeldotter', birthDate: b(38, 4), sex: 'female' },
        { givenName: 'Guled', familyName: 'Exempeldotter', birthDate: b(16, 7), sex: 'male' },
      ],
    },
  ];
}

export const INVITING_AGENCY = { 1: 'mv', 2: 'af', 3: 'kommun' } as const;
