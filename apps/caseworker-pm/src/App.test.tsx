import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistItemDto, HouseholdDto } from '@motesplats/contracts';
import {
  HOUSEHOLD_ID,
  checklist,
  fakeTrpcFetch,
  household,
  item,
  queueItem,
  seriousViolations,
} from '@motesplats/caseworker-kit/testing';
import App from './App';

const caseworker = (agency: string) => ({
  id: 'u9',
  displayName: 'Per Testdemo',
  role: 'caseworker',
  agency,
  locationId: 'demo',
});

/** The fixture visit (on 2026-11-23) with Pensionsmyndigheten as step 2, its turn now. */
const visit = queueItem({
  steps: queueItem().steps.map((s) => (s.index === 1 ? { ...s, actor: 'pm' } : s)),
});

/** The fixture household and a grandparent who turns 65 on the visit day. */
function householdWithGrandparent(birthDate = '1961-11-23'): HouseholdDto {
  const base = household();
  const grandparent = { ...base.members[0]!, id: 'm3', givenName: 'Farmor', birthDate };
  return { ...base, members: [...base.members, grandparent] };
}

const pensionItem = (overrides: Partial<ChecklistItemDto> = {}) =>
  item({
    id: 'pm:pension-application:m3',
    actor: 'pm',
    code: 'pension-application',
    memberId: 'm3',
    label: { sv: 'Ansökan om ålderspension eller äldreförsörjningsstöd', en: 'Pension' },
    details: {},
    ...overrides,
  });

function gateway(hh: HouseholdDto, items: ChecklistItemDto[]) {
  return fakeTrpcFetch({
    'auth.me': { data: caseworker('pm') },
    'visits.myQueue': { data: [visit] },
    'newcomers.get': { data: hh },
    'checklist.get': {
      data: checklist({
        items,
        visibleActors: ['pm'],
        members: hh.members.map(({ id, givenName, familyName }) => ({ id, givenName, familyName })),
      }),
    },
    'checklist.updateItem': (input) => ({
      data: { ...items[0]!, ...(input as object), version: items[0]!.version + 1 },
    }),
  });
}

async function openVisit() {
  render(<App trpcUrl="https://gateway.test/trpc" locationId="demo" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
}

describe('caseworker-pm App', () => {
  it('records the benefit and the application status and saves them under the version seen', async () => {
    const fetch = gateway(householdWithGrandparent(), [pensionItem({ version: 2 })]);
    vi.stubGlobal('fetch', fetch);

    await openVisit();
    const form = await screen.findByRole('form', { name: /Farmor Exempelsson/ });
    const benefit = within(form).getByRole('radiogroup', { name: 'Förmån' });
    const status = within(form).getByRole('radiogroup', { name: 'Ansökan' });
    fireEvent.click(within(benefit).getByLabelText('Äldreförsörjningsstöd'));
    fireEvent.click(within(status).getByLabelText('Ansökt'));
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.callsOf('checklist.updateItem')).toBe(1));
    expect(fetch.inputsOf('checklist.updateItem')[0]).toMatchObject({
      householdId: HOUSEHOLD_ID,
      itemId: 'pm:pension-application:m3',
      expectedVersion: 2,
      details: { benefit: 'elderly-maintenance-support', applicationStatus: 'applied' },
    });
  });

  it('shows the saved choices when the visit is opened', async () => {
    vi.stubGlobal(
      'fetch',
      gateway(householdWithGrandparent(), [
        pensionItem({ details: { benefit: 'guarantee-pension', applicationStatus: 'decided' } }),
      ]),
    );

    await openVisit();
    const form = await screen.findByRole('form', { name: /Farmor Exempelsson/ });
    expect((within(form).getByLabelText('Garantipension') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('Beslut fattat') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('Ansökt') as HTMLInputElement).checked).toBe(false);
  });

  it('lists the member who turns 65 on the visit day', async () => {
    vi.stubGlobal('fetch', gateway(householdWithGrandparent('1961-11-23'), [pensionItem()]));

    await openVisit();
    expect((await screen.findByTestId('pension-age-members')).textContent).toBe(
      'Farmor Exempelsson, 65 år',
    );
  });

  it('says that nobody is 65 when the birthday is the day after the visit', async () => {
    vi.stubGlobal('fetch', gateway(householdWithGrandparent('1961-11-24'), []));

    await openVisit();
    expect((await screen.findByTestId('pension-age-none')).textContent).toBe(
      'Ingen i hushållet är 65 år eller äldre på besöksdagen.',
    );
  });

  it('has no serious accessibility violations with the visit open', async () => {
    vi.stubGlobal('fetch', gateway(householdWithGrandparent(), [pensionItem()]));

    await openVisit();
    await screen.findByRole('form', { name: /Farmor Exempelsson/ });
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('turns away a caseworker of another agency', async () => {
    const fetch = fakeTrpcFetch({ 'auth.me': { data: caseworker('skv') } });
    vi.stubGlobal('fetch', fetch);

    render(<App trpcUrl="/trpc" locationId="demo" />);

    const notice = await screen.findByText(
      'Den här tjänsten är för Pensionsmyndighetens handläggare',
    );
    expect(notice.parentElement?.textContent).toContain('(Skatteverket)');
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
