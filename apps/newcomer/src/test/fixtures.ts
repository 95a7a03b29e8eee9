import type { ChecklistViewDto, ConsentGrantDto, InvitationDto } from '@motesplats/contracts';

// Invented people and places only.
export const HOUSEHOLD = '0b6f3c1e-5a7d-4c2b-9e1f-2a3b4c5d6e7f';
export const ME = {
  id: HOUSEHOLD,
  displayName: 'Amina',
  role: 'newcomer',
  agency: null,
  locationId: 'demo',
};

export const invitation: InvitationDto = {
  visitId: '4c9e7a10-1b2c-4d3e-8f90-a1b2c3d4e5f6',
  language: 'en',
  dir: 'ltr',
  needsReview: false,
  track: 1,
  title: 'Invitation to Mötesplats och information',
  intro: 'Welcome to Mötesplats Demoby.',
  date: '2026-12-01',
  time: '09:00',
  when: 'When: 1 December 2026 at 09:00',
  where: 'Where: the service office, Storgatan 1, 123 45 Demoby',
  place: {
    venue: 'main',
    name: 'Servicekontoret Demoby',
    street: 'Storgatan 1',
    postalCode: '123 45',
    city: 'Demoby',
    directions: 'Entrance from the square, second floor.',
  },
  directions: 'How to find us: Entrance from the square, second floor.',
  meetHeading: 'You will meet',
  meet: [
    {
      actor: 'mv',
      kind: 'meeting',
      name: 'the Swedish Migration Agency',
      municipality: null,
      homeContact: null,
    },
    {
      actor: 'af',
      kind: 'meeting',
      name: 'the Swedish Public Employment Service',
      municipality: null,
      homeContact: null,
    },
  ],
  bringHeading: 'Please bring',
  bring: [
    { item: 'identity', text: 'A passport or other identity document for everyone who comes' },
  ],
  hours: 4,
  duration: 'The visit takes several hours, about 4 hours.',
  interpreter: 'An interpreter will be there.',
  addressees: [{ givenName: 'Amina', familyName: 'Testsson' }],
};

const item = (
  id: string,
  actor: string,
  status: ChecklistViewDto['items'][number]['status'],
  en: string,
  note = '',
  memberId: string | null = 'm1',
) => ({
  id,
  actor: actor as ChecklistViewDto['items'][number]['actor'],
  code: id,
  memberId,
  status,
  note,
  updatedAt: null,
  updatedBy: null,
  version: 1,
  label: { sv: `${en} (sv)`, en },
  waiting: false,
  details: {},
});

export const checklist: ChecklistViewDto = {
  householdId: HOUSEHOLD,
  track: 1,
  onDate: '2026-12-01',
  members: [{ id: 'm1', givenName: 'Amina', familyName: 'Testsson' }],
  items: [
    item('i1', 'mv', 'done', 'Decision notified'),
    item('i2', 'af', 'todo', 'Establishment benefit applied for'),
    item('i3', 'skv', 'follow-up', 'Personal identity number', 'Letter comes by post in two weeks'),
    item('i4', 'kommun', 'todo', 'SFI registration', '', null),
  ],
  hiddenCount: 0,
  visibleActors: ['mv', 'af', 'fk', 'pm', 'skv', 'kommun'],
  conflicts: [],
  plans: [],
};

export const grant: ConsentGrantDto = {
  id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  householdId: HOUSEHOLD,
  grantee: 'af',
  scope: 'read',
  from: '2026-11-20T09:00:00.000Z',
  until: '2026-11-20T22:59:00.000Z',
  revokedAt: null,
  grantedVia: 'app',
  active: true,
};
