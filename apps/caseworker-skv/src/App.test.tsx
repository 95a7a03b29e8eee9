import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistItemDto } from '@motesplats/contracts';
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

const moveItem = (memberId: string, overrides: Partial<ChecklistItemDto> = {}) =>
  item({
    id: `skv:move-notification:${memberId}`,
    actor: 'skv',
    code: 'move-notification',
    memberId,
    label: { sv: 'Anmälan om flytt till Sverige', en: 'Notification of moving to Sweden' },
    details: {},
    ...overrides,
  });

const idCardItem = (memberId: string, overrides: Partial<ChecklistItemDto> = {}) =>
  item({
    id: `skv:id-card-info:${memberId}`,
    actor: 'skv',
    code: 'id-card-info',
    memberId,
    label: { sv: 'Information om id-kort', en: 'ID card information' },
    waiting: true,
    details: {},
    ...overrides,
  });

const card = (name: RegExp) => screen.findByRole('form', { name });

describe('caseworker-skv App', () => {
  it('records which identity documents were checked and saves them under the version seen', async () => {
    const { fetch } = renderRemote(
      App,
      agencyGateway('skv', [moveItem('m1', { version: 3 }), moveItem('m2')]),
    );
    await openVisit();
    const form = await card(/Anmälan om flytt till Sverige – Testa Exempelsson/);
    fireEvent.click(within(form).getByLabelText('Kort om uppehållstillstånd'));
    fireEvent.click(within(form).getByLabelText('Pass'));
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.callsOf('checklist.updateItem')).toBe(1));
    expect(fetch.inputsOf('checklist.updateItem')[0]).toMatchObject({
      householdId: HOUSEHOLD_ID,
      itemId: 'skv:move-notification:m1',
      expectedVersion: 3,
      status: 'todo',
      // In the order of the value list, not the order the boxes were ticked in.
      details: { documentsChecked: ['passport', 'permit-card'] },
    });
  });

  it('records that an ID-card appointment is booked and explains what the ID card requires', async () => {
    const { fetch } = renderRemote(
      App,
      agencyGateway('skv', [
        moveItem('m1', { status: 'done' }),
        idCardItem('m1', { waiting: false }),
      ]),
    );
    await openVisit();
    const form = await card(/Information om id-kort – Testa Exempelsson/);
    expect(form.textContent).toContain('Personnummer först.');
    expect(form.textContent).toContain('servicekontor');
    expect(form.textContent).toContain('Avgift.');
    fireEvent.click(within(form).getByLabelText('Tid för id-kort är bokad'));
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.callsOf('checklist.updateItem')).toBe(1));
    expect(fetch.inputsOf('checklist.updateItem')[0]).toMatchObject({
      itemId: 'skv:id-card-info:m1',
      expectedVersion: 1,
      details: { appointmentBooked: true },
    });
  });

  it('lists the members with and without a move notification done', async () => {
    const base = household();
    const withNumber = {
      ...base.members[1]!,
      id: 'm3',
      givenName: 'Redan',
      identifiers: [
        {
          kind: 'personnummer' as const,
          value: '19900101-0017',
          validFrom: '2020-01-01',
          validTo: null,
        },
      ],
    };
    renderRemote(
      App,
      agencyGateway(
        'skv',
        [moveItem('m1', { status: 'done' }), moveItem('m2', { status: 'follow-up' })],
        { household: { ...base, members: [...base.members, withNumber] } },
      ),
    );
    await openVisit();
    expect((await screen.findByTestId('move-done')).textContent).toBe('Testa Exempelsson');
    expect(screen.getByTestId('move-not-done').textContent).toBe('Prova Exempelsson – Uppföljning');
    expect(screen.getByTestId('move-without-item').textContent).toBe(
      'Redan Exempelsson – har redan personnummer',
    );
  });

  it('says so when nobody in the household needs a move notification', async () => {
    renderRemote(App, agencyGateway('skv', []));
    await openVisit();
    expect(
      await screen.findByText('Ingen i hushållet behöver en anmälan om flytt enligt checklistan.'),
    ).toBeTruthy();
    expect(screen.queryByText(/Anmälan gjord/)).toBeNull();
    expect(screen.getByTestId('move-without-item').textContent).toBe(
      'Testa ExempelssonProva Exempelsson',
    );
  });

  it('has no serious accessibility violations with the visit open', async () => {
    renderRemote(
      App,
      agencyGateway('skv', [moveItem('m1'), moveItem('m2'), idCardItem('m1'), idCardItem('m2')]),
    );
    await openVisit();
    await screen.findByTestId('move-not-done');
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('turns away a caseworker of another agency', async () => {
    const { fetch, title, notice } = await renderTurnedAway(App, 'fk');

    expect(title).toBe('Den här tjänsten är för Skatteverkets handläggare');
    expect(notice.textContent).toContain('(Försäkringskassan)');
    expect(screen.queryByRole('table', { name: 'Min kö idag' })).toBeNull();
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
