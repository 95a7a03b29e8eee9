import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistItemDto, SearchHit } from '@motesplats/contracts';
import {
  HOUSEHOLD_ID,
  VISIT_ID,
  agencyGateway,
  invitation,
  item,
  openVisit,
  queueItemFor,
  renderRemote,
  renderTurnedAway,
  seriousViolations,
} from '@motesplats/caseworker-kit/testing';
import App from './App';

const LABEL = 'Delgivning av beslutet om uppehållstillstånd';

const decision = (memberId: string, overrides: Partial<ChecklistItemDto> = {}) =>
  item({
    id: `mv:decision-notification:${memberId}`,
    actor: 'mv',
    code: 'decision-notification',
    memberId,
    label: { sv: LABEL, en: 'Decision notification' },
    details: {},
    ...overrides,
  });

const hit: SearchHit = {
  householdId: HOUSEHOLD_ID,
  reference: 'HH-0042',
  newcomer: { id: 'm1', givenName: 'Testa', familyName: 'Exempelsson', birthDate: '1990-03-01' },
  matchedBy: 'dossier-number',
  current: true,
};

/** The invitation for the booked time and place, with what Migrationsverket asks to bring. */
const booked = invitation({
  time: '09:30',
  when: 'Måndag 23 november 2026 kl. 09.30',
  where: 'Servicekontoret, Exempelgatan 1, 123 45 Exempelstad',
  place: {
    venue: 'main',
    name: 'Servicekontoret',
    street: 'Exempelgatan 1',
    postalCode: '123 45',
    city: 'Exempelstad',
    directions: null,
  },
  bring: [
    { item: 'identity', text: 'Pass eller annan id-handling' },
    { item: 'decision', text: 'Beslutet om uppehållstillstånd' },
  ],
});

/** Both members' decisions, and the booking side: search, suggested times, booking, invitation. */
function gateway() {
  return {
    ...agencyGateway('mv', [decision('m1'), decision('m2', { version: 2 })]),
    'newcomers.search': { data: [hit] },
    'visits.suggestTimes': {
      data: [{ time: '09:30', expectedMinutesInBuilding: 240, waitingMinutes: 10 }],
    },
    'visits.book': (input: unknown) => ({
      data: {
        ...queueItemFor('mv'),
        status: 'booked',
        time: (input as { time: string }).time,
        version: 1,
      },
    }),
    'invitations.get': { data: booked },
  };
}

const decisionOf = (name: string) => screen.findByRole('form', { name: `${LABEL} – ${name}` });

describe('caseworker-mv App', () => {
  it("notifies a member's decision, records the permit card and sums up the household", async () => {
    const { fetch } = renderRemote(App, gateway());
    await openVisit();

    const summary = await screen.findByTestId('decision-summary');
    expect(summary.textContent).toBe('Beslut delgivna: 0 av 2, kort överlämnade: 0');
    expect(screen.getByText(/Kvar att delge:/).textContent).toBe(
      'Kvar att delge: Testa Exempelsson, Prova Exempelsson',
    );

    const testa = within(await decisionOf('Testa Exempelsson'));
    fireEvent.change(testa.getByLabelText('Status'), { target: { value: 'done' } });
    fireEvent.click(testa.getByLabelText('Uppehållstillståndskortet är överlämnat'));
    fireEvent.click(testa.getByRole('button', { name: 'Spara' }));

    expect(await testa.findByText('Sparat.')).toBeTruthy();
    const [input] = fetch.inputsOf('checklist.updateItem');
    expect(input).toEqual({
      householdId: HOUSEHOLD_ID,
      itemId: 'mv:decision-notification:m1',
      expectedVersion: 1,
      status: 'done',
      note: '',
      details: { permitCardHandedOver: true },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    await waitFor(() =>
      expect(screen.getByTestId('decision-summary').textContent).toBe(
        'Beslut delgivna: 1 av 2, kort överlämnade: 1',
      ),
    );
    expect(screen.getByText(/Kvar att delge:/).textContent).toBe(
      'Kvar att delge: Prova Exempelsson',
    );
  });

  it('counts a notification that does not apply as not owed', async () => {
    const { fetch } = renderRemote(App, gateway());
    await openVisit();

    const prova = within(await decisionOf('Prova Exempelsson'));
    fireEvent.change(prova.getByLabelText('Status'), { target: { value: 'not-applicable' } });
    fireEvent.click(prova.getByRole('button', { name: 'Spara' }));

    await waitFor(() =>
      expect(screen.getByTestId('decision-summary').textContent).toBe(
        'Beslut delgivna: 0 av 1, kort överlämnade: 0',
      ),
    );
    expect(fetch.inputsOf('checklist.updateItem')[0]).toMatchObject({
      itemId: 'mv:decision-notification:m2',
      expectedVersion: 2,
      details: {},
    });
  });

  it('has no serious accessibility violations with the step open', async () => {
    const { container } = renderRemote(App, gateway());
    await openVisit();
    await screen.findByTestId('decision-summary');

    expect(await seriousViolations(container)).toEqual([]);
  });

  it('books spår 1 by dossier number and previews the invitation', async () => {
    const { fetch, container } = renderRemote(App, gateway());
    fireEvent.click(await screen.findByRole('tab', { name: 'Boka besök' }));
    const panel = within(screen.getByRole('tabpanel', { name: 'Boka besök' }));
    expect(panel.getByRole('heading', { name: 'Boka besök – Spår 1' })).toBeTruthy();

    fireEvent.change(panel.getByLabelText(/Dossiernummer/), { target: { value: '12-345678' } });
    fireEvent.click(panel.getByRole('button', { name: 'Sök hushåll' }));
    fireEvent.click(await panel.findByRole('button', { name: 'Välj HH-0042' }));
    fireEvent.click(panel.getByRole('button', { name: 'Föreslå tider' }));
    const suggested = await panel.findByRole('radio', { name: /^09:30/ });
    expect((suggested as HTMLInputElement).checked).toBe(true);
    fireEvent.click(panel.getByRole('button', { name: 'Boka' }));

    const preview = await panel.findByTestId('invitation-preview');
    expect(preview.textContent).toContain('Kallelse till Mötesplats');
    expect(preview.textContent).toContain('Måndag 23 november 2026 kl. 09.30');
    expect(preview.textContent).toContain('Servicekontoret, Exempelgatan 1');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Migrationsverket',
      'Arbetsförmedlingen',
      'Pass eller annan id-handling',
      'Beslutet om uppehållstillstånd',
    ]);

    expect(fetch.inputsOf('newcomers.search')).toEqual([{ dossierNumber: '12-345678' }]);
    expect(fetch.inputsOf('visits.suggestTimes')[0]).toMatchObject({
      locationId: 'demo',
      householdId: HOUSEHOLD_ID,
      track: 1,
    });
    expect(fetch.inputsOf('visits.book')[0]).toMatchObject({
      householdId: HOUSEHOLD_ID,
      track: 1,
      time: '09:30',
      preconditions: { permitCardReady: true, idDocumentsReady: true },
    });
    expect(fetch.inputsOf('invitations.get')).toEqual([{ visitId: VISIT_ID, language: 'sv' }]);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("turns away a caseworker of another agency without fetching that agency's queue", async () => {
    const { fetch, title, notice } = await renderTurnedAway(App, 'af');

    expect(title).toBe('Den här tjänsten är för Migrationsverkets handläggare');
    expect(notice.textContent).toContain('(Arbetsförmedlingen)');
    expect(screen.queryByRole('tab', { name: 'Min kö' })).toBeNull();
    expect(fetch.callsOf('auth.me')).toBe(1);
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
