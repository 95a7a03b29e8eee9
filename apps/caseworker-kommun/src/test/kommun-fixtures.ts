import type { ChecklistItemDto, HouseholdDto, QueueItem } from '@motesplats/contracts';
import {
  agencyGateway,
  household,
  item,
  queueItem,
  step,
  type FakeProcedure,
} from '@motesplats/caseworker-kit/testing';

/** A spår 3 visit at the municipality's step, after Arbetsförmedlingen. */
export function kommunVisit(): QueueItem {
  return queueItem({
    locationId: 'provstad',
    track: 3,
    invitingAgency: 'kommun',
    currentStep: 1,
    steps: [step(0, 'af', 'completed'), step(1, 'kommun', 'in-progress')],
    planned: null,
    myStep: 1,
  });
}

const kommunItem = (
  code: string,
  memberId: string | null,
  sv: string,
  overrides: Partial<ChecklistItemDto> = {},
) =>
  item({
    id: `kommun:${code}${memberId ? `:${memberId}` : ''}`,
    actor: 'kommun',
    code,
    memberId,
    label: { sv, en: code },
    version: 3,
    details: {},
    ...overrides,
  });

/** The municipality's registrations and financial assistance for a household of its own. */
export const ownHouseholdItems = () => [
  kommunItem('sfi-registration', 'm1', 'Anmälan till SFI'),
  kommunItem('sfi-registration', 'm2', 'Anmälan till SFI'),
  kommunItem('preschool-registration', 'm3', 'Anmälan till förskola'),
  kommunItem('financial-assistance', null, 'Ansökan om ekonomiskt bistånd', {
    details: { applicationStatus: 'not-applied' },
  }),
];

/**
 * The gateway with kommunVisit() in the municipality's queue: `hh` (the fixture household by
 * default) and a checklist of `items` that also names a child, for the preschool registration.
 */
export function kommunGateway(
  items: ChecklistItemDto[] = ownHouseholdItems(),
  hh: HouseholdDto = household(),
): Record<string, FakeProcedure> {
  return agencyGateway('kommun', items, {
    visit: kommunVisit(),
    household: hh,
    checklist: {
      track: 3,
      members: [
        { id: 'm1', givenName: 'Testa', familyName: 'Exempelsson' },
        { id: 'm2', givenName: 'Prova', familyName: 'Exempelsson' },
        { id: 'm3', givenName: 'Lilla', familyName: 'Exempelsson' },
      ],
    },
  });
}

/**
 * A satellite household's only municipality item. The checklist writes the satellite's contact
 * text into its note, so pass the configuration's text to mirror a fresh item.
 */
export const homeContactItem = (note: string) =>
  kommunItem('home-municipality-contact', null, 'Kontakt med hemkommunen', { note });
