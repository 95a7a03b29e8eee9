import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  caseworker,
  household,
  openVisit,
  renderRemote,
  renderTurnedAway,
  seriousViolations,
  type FakeProcedure,
} from '@motesplats/caseworker-kit/testing';
import App from './App';
import { homeContactItem, kommunGateway } from './test/kommun-fixtures';
import { withSatellites, withoutSatellites } from './test/location-fixtures';

/** The remote at Provstad, whose configuration has satellites; by default with an empty queue. */
function renderApp(procedures: Record<string, FakeProcedure> = {}) {
  return renderRemote(
    App,
    {
      'auth.me': { data: caseworker('kommun') },
      'visits.myQueue': { data: [] },
      'locations.get': { data: withSatellites() },
      ...procedures,
    },
    { locationId: 'provstad' },
  );
}

const card = (name: string) =>
  screen.findByRole('heading', { name }).then((h) => h.closest('li') as HTMLElement);

describe('caseworker-kommun App', () => {
  it("turns away a caseworker of another agency without loading the municipality's queue", async () => {
    const { fetch, title, notice } = await renderTurnedAway(App, 'af', { locationId: 'provstad' });

    expect(title).toBe('Den här tjänsten är för Kommunens handläggare');
    expect(notice.textContent).toContain(
      `Du är inloggad som ${caseworker('af').displayName} (Arbetsförmedlingen)`,
    );
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
    expect(screen.queryByRole('tab', { name: 'Kranskommuner' })).toBeNull();
  });

  it('books spår 3', async () => {
    renderApp();

    fireEvent.click(await screen.findByRole('tab', { name: 'Boka besök' }));

    expect(screen.getByRole('heading', { name: 'Boka besök – Spår 3' })).toBeTruthy();
  });

  it("lists the location's satellite municipalities and how to reach each", async () => {
    const { fetch, container } = renderApp();

    fireEvent.click(await screen.findByRole('tab', { name: 'Kranskommuner' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kranskommuner' });

    const names = await within(panel).findAllByRole('heading', { level: 4 });
    expect(names.map((h) => h.textContent)).toEqual(['Provby', 'Provholm', 'Provås']);
    const [provby, provholm, provas] = names.map((h) => h.closest('li')!.textContent);
    expect(provby).toContain('9903');
    expect(provby).toContain('Drop-in, utan tidsbokning');
    expect(provby).toContain('Provbygatan 2. Drop-in tisdagar och torsdagar 09.00-12.00.');
    expect(provholm).toContain('Bokad tid');
    expect(provholm).toContain('skickar en kallelse med post inom en vecka');
    expect(provas).toContain('Kommunen bemannar kontoret');
    expect(provas).not.toContain('Kontaktuppgifter');
    expect(fetch.inputsOf('locations.get')).toEqual([{ locationId: 'provstad' }]);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('says so when the location has no satellite municipalities', async () => {
    renderApp({ 'locations.get': { data: withoutSatellites() } });

    fireEvent.click(await screen.findByRole('tab', { name: 'Kranskommuner' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kranskommuner' });

    const title = await within(panel).findByText('Inga kranskommuner');
    expect(title.closest('[role="status"]')?.textContent).toContain(
      'Mötesplats Demoby har inga kranskommuner',
    );
    expect(within(panel).queryAllByRole('heading', { level: 4 })).toEqual([]);
  });

  it('names the failed call when the configuration cannot be read', async () => {
    renderApp({
      'locations.get': { error: { code: 'FORBIDDEN', httpStatus: 403, message: 'Åtkomst nekad' } },
    });

    fireEvent.click(await screen.findByRole('tab', { name: 'Kranskommuner' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kranskommuner' });
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('locations.get');
    expect(alert.textContent).toContain('Åtkomst nekad');
  });

  it("saves each member's placement wish as the item's details, under the version seen", async () => {
    const { fetch, container } = renderApp(kommunGateway());
    await openVisit();

    const testa = await card('Anmälan till SFI – Testa Exempelsson');
    const prova = await card('Anmälan till SFI – Prova Exempelsson');
    const lilla = await card('Anmälan till förskola – Lilla Exempelsson');
    expect(within(prova).getByLabelText(/Önskemål om SFI/)).toBeTruthy();
    expect(within(lilla).getByLabelText(/Önskad förskola/)).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);

    fireEvent.change(within(testa).getByLabelText(/Önskemål om SFI/), {
      target: { value: 'Kvällskurs, Komvux Provstad' },
    });
    fireEvent.click(within(testa).getByRole('button', { name: 'Spara' }));
    fireEvent.change(within(lilla).getByLabelText(/Önskad förskola/), {
      target: { value: 'Solrosens förskola' },
    });
    fireEvent.click(within(lilla).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.inputsOf('checklist.updateItem')).toHaveLength(2));
    const [sfi, preschool] = fetch.inputsOf('checklist.updateItem');
    expect(sfi).toMatchObject({
      itemId: 'kommun:sfi-registration:m1',
      expectedVersion: 3,
      status: 'todo',
      details: { placementWish: 'Kvällskurs, Komvux Provstad' },
    });
    expect(preschool).toMatchObject({
      itemId: 'kommun:preschool-registration:m3',
      expectedVersion: 3,
      details: { placementWish: 'Solrosens förskola' },
    });
  });

  it('saves the financial-assistance application status', async () => {
    const { fetch } = renderApp(kommunGateway());
    await openVisit();

    const assistance = await card('Ansökan om ekonomiskt bistånd');
    const group = within(assistance).getByRole('radiogroup', {
      name: 'Ansökan om ekonomiskt bistånd',
    });
    expect((within(group).getByLabelText('Inte ansökt') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByLabelText('Ansökan inlämnad'));
    fireEvent.click(within(assistance).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.inputsOf('checklist.updateItem')).toHaveLength(1));
    expect(fetch.inputsOf('checklist.updateItem')[0]).toEqual({
      householdId: household().id,
      itemId: 'kommun:financial-assistance',
      expectedVersion: 3,
      status: 'todo',
      note: '',
      details: { applicationStatus: 'submitted' },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("shows a satellite household's home municipality and how to reach it", async () => {
    const provby = withSatellites().config.satellites.find((s) => s.name === 'Provby')!;
    const { container } = renderApp(
      kommunGateway([homeContactItem(provby.homeContact!.text)], {
        ...household(),
        municipalityCode: provby.code,
      }),
    );
    await openVisit();

    const heading = await screen.findByRole('heading', { name: 'Hemkommun: Provby' });
    const panel = heading.closest('section')!;
    expect(panel.textContent).toContain('Drop-in, utan tidsbokning');
    expect(panel.textContent).toContain(provby.homeContact!.text);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('says when the home municipality is not one of the satellites', async () => {
    renderApp(
      kommunGateway([homeContactItem('Ring växeln')], { ...household(), municipalityCode: '0000' }),
    );
    await openVisit();

    const title = await screen.findByText('Okänd kranskommun');
    const alert = title.closest('[role="alert"]')?.textContent;
    expect(alert).toContain('(0000) finns inte bland');
    expect(alert).toContain('Enligt checklistan: ”Ring växeln”');
    expect(screen.getByRole('heading', { name: 'Hemkommun' })).toBeTruthy();
  });

  it("shows no home-municipality panel for the location's own households", async () => {
    renderApp(kommunGateway());
    await openVisit();

    await card('Anmälan till SFI – Testa Exempelsson');
    expect(screen.queryByRole('heading', { name: /^Hemkommun/ })).toBeNull();
  });
});
