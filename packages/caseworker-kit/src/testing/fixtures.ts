import type {
  ActorId,
  ChecklistItemDto,
  InvitationDto,
  SessionUser,
  ChecklistViewDto,
  HouseholdDto,
  QueueItem,
  VisitDto,
} from '@motesplats/contracts';

export const HOUSEHOLD_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
export const VISIT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

type Step = VisitDto['steps'][number];

export const step = (index: number, actor: Step['actor'], status: Step['status']): Step => ({
  index,
  actor,
  kind: 'meeting',
  mode: 'in-person',
  minutes: 30,
  status,
  heldBy: null,
  skipReason: null,
});

export function queueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id: VISIT_ID,
    locationId: 'demo',
    householdId: HOUSEHOLD_ID,
    track: 1,
    invitingAgency: 'mv',
    status: 'in-progress',
    date: '2026-11-23',
    time: '09:00',
    venue: { kind: 'main', id: null },
    preconditions: { permitCardReady: false, idDocumentsReady: true },
    atRisk: [{ code: 'PERMIT_CARD_NOT_READY', message: 'Permit card not ready' }],
    overrideReason: null,
    currentStep: 1,
    steps: [step(0, 'mv', 'completed'), step(1, 'af', 'in-progress'), step(2, 'fk', 'pending')],
    version: 4,
    household: {
      id: HOUSEHOLD_ID,
      reference: 'HH-0042',
      members: [
        { id: 'm1', givenName: 'Testa', familyName: 'Exempelsson', birthDate: '1990-03-01' },
        { id: 'm2', givenName: 'Prova', familyName: 'Exempelsson', birthDate: '1988-07-15' },
      ],
    },
    planned: {
      start: '09:00',
      end: '10:30',
      steps: [
        { step: 0, start: '09:00', end: '09:30', roomId: 'A1', interpreterId: null },
        { step: 1, start: '09:30', end: '10:00', roomId: 'B2', interpreterId: null },
        { step: 2, start: '10:00', end: '10:30', roomId: 'C3', interpreterId: null },
      ],
    },
    myStep: 1,
    readyForMe: true,
    ...overrides,
  };
}

/**
 * The fixture visit with `agency` holding the current step, so that its queue offers the visit
 * and its remote opens that step: the steps before it done, the ones after it waiting. An agency
 * keeps its own place in the fixture's chain (MV first, AF second, FK third), as a track would
 * have it; any other agency takes over the fixture's current step.
 */
export function queueItemFor(agency: ActorId, overrides: Partial<QueueItem> = {}): QueueItem {
  const base = queueItem();
  const at = base.steps.find((s) => s.actor === agency)?.index ?? base.currentStep ?? 0;
  const steps = base.steps.map((s) => ({
    ...s,
    actor: s.index === at ? agency : s.actor,
    status: s.index < at ? 'completed' : s.index === at ? 'in-progress' : 'pending',
  })) satisfies Step[];
  return queueItem({ steps, currentStep: at, myStep: at, ...overrides });
}

export function household(): HouseholdDto {
  const member = (id: string, givenName: string, birthDate: string) => ({
    id,
    givenName,
    familyName: 'Exempelsson',
    birthDate,
    sex: 'female' as const,
    permit: { chapter: 5, section: 1, grantedOn: '2026-10-01' },
    housing: 'municipality-placed' as const,
    unaccompaniedMinor: false,
    relation: null,
    identifiers: [],
    latestAssessment: {
      id: `a-${id}`,
      assessedOn: '2026-11-01',
      ruleSet: '2025',
      inTargetGroup: true as const,
      category: 'etableringsprogrammet',
      conditions: [
        {
          code: 'PERMIT',
          result: 'met' as const,
          explanation: { sv: `${givenName} har uppehållstillstånd som flykting.`, en: 'Permit' },
        },
      ],
      missingFacts: [],
      pensionRelevant: false,
      assessedAt: '2026-11-01T10:00:00Z',
    },
    version: 1,
  });
  return {
    id: HOUSEHOLD_ID,
    reference: 'HH-0042',
    locationId: 'demo',
    language: 'ar',
    municipalityCode: null,
    members: [member('m1', 'Testa', '1990-03-01'), member('m2', 'Prova', '1988-07-15')],
  };
}

export function item(overrides: Partial<ChecklistItemDto> = {}): ChecklistItemDto {
  return {
    id: 'af:jobseeker-registration:m1',
    actor: 'af',
    code: 'jobseeker-registration',
    memberId: 'm1',
    status: 'todo',
    note: '',
    updatedAt: null,
    updatedBy: null,
    version: 1,
    label: { sv: 'Inskrivning hos Arbetsförmedlingen', en: 'Registration' },
    waiting: false,
    details: {},
    ...overrides,
  };
}

export function checklist(overrides: Partial<ChecklistViewDto> = {}): ChecklistViewDto {
  return {
    householdId: HOUSEHOLD_ID,
    track: 1,
    onDate: '2026-11-23',
    members: [
      { id: 'm1', givenName: 'Testa', familyName: 'Exempelsson' },
      { id: 'm2', givenName: 'Prova', familyName: 'Exempelsson' },
    ],
    items: [item()],
    hiddenCount: 0,
    visibleActors: ['af'],
    plans: [],
    conflicts: [],
    ...overrides,
  };
}

/** A signed-in caseworker of `agency` at the demo location (an invented name). */
export function caseworker(agency: ActorId = 'af'): SessionUser {
  return {
    id: `staff-${agency}`,
    displayName: `Handläggare Testdemo (${agency})`,
    role: 'caseworker',
    agency,
    locationId: 'demo',
  };
}

export function invitation(overrides: Partial<InvitationDto> = {}): InvitationDto {
  return {
    visitId: VISIT_ID,
    language: 'sv',
    dir: 'ltr',
    needsReview: false,
    track: 1,
    title: 'Kallelse till Mötesplats',
    intro: 'Välkommen till en dag med alla myndigheter på ett ställe.',
    date: '2026-11-23',
    time: '09:00',
    when: 'måndag 23 november 2026 kl. 09:00',
    where: 'Mötesplats Demoby, Exempelgatan 1, 999 99 Demoby',
    place: {
      venue: 'main',
      name: 'Mötesplats Demoby',
      street: 'Exempelgatan 1',
      postalCode: '999 99',
      city: 'Demoby',
      directions: null,
    },
    directions: null,
    meetHeading: 'Du träffar',
    meet: [
      {
        actor: 'mv',
        kind: 'meeting',
        name: 'Migrationsverket',
        municipality: null,
        homeContact: null,
      },
      {
        actor: 'af',
        kind: 'meeting',
        name: 'Arbetsförmedlingen',
        municipality: null,
        homeContact: null,
      },
    ],
    bringHeading: 'Ta med',
    bring: [{ item: 'identity', text: 'Id-handlingar' }],
    hours: 4,
    duration: 'Dagen tar ungefär 4 timmar.',
    interpreter: null,
    addressees: [{ givenName: 'Testa', familyName: 'Exempelsson' }],
    ...overrides,
  };
}
