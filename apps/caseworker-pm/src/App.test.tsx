import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistItemDto, HouseholdDto } from '@motesplats/contracts';
import {
  HOUSEHOLD_ID,
  agencyGateway,
  household,
  item,
  openVisit,
  renderRemote,
  renderTurnedAway,
  seriousViolations,
} from '@motesplats/caseworker-kit/testing';
import App from './App';

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

/** Pensionsmyndigheten's gateway with the fixture visit at its step, for `hh`. */
const gateway = (hh: HouseholdDto, items: ChecklistItemDto[]) =>
  agencyGateway('pm', items, { household: hh });

describe('caseworker-pm App', () => {
  it('records the benefit and the application status and saves them under the version seen', async () => {
    const { fetch } = renderRemote(
      App,
      gateway(householdWithGrandparent(), [pensionItem({ version: 2 })]),
    );
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
    renderRemote(
      App,
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
    renderRemote(App, gateway(householdWithGrandparent('1961-11-23'), [pensionItem()]));
    await openVisit();
    expect((await screen.findByTestId('pension-age-members')).textContent).toBe(
      'Farmor Exempelsson, 65 år',
    );
  });

  it('says that nobody is 65 when the birthday is the day after the visit', async () => {
    renderRemote(App, gateway(householdWithGrandparent('1961-11-24'), []));
    await openVisit();
    expect((await screen.findByTestId('pension-age-none')).textContent).toBe(
      'Ingen i hushållet är 65 år eller äldre på besöksdagen.',
    );
  });

  it('has no serious accessibility violations with the visit open', async () => {
    renderRemote(App, gateway(householdWithGrandparent(), [pensionItem()]));
    await openVisit();
    await screen.findByRole('form', { name: /Farmor Exempelsson/ });
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('turns away a caseworker of another agency', async () => {
    const { fetch, title, notice } = await renderTurnedAway(App, 'skv');

    expect(title).toBe('Den här tjänsten är för Pensionsmyndighetens handläggare');
    expect(notice.textContent).toContain('(Skatteverket)');
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
