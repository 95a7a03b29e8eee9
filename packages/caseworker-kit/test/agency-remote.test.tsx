import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AgencyRemote } from '../src/index.js';
import {
  HOUSEHOLD_ID,
  caseworker,
  checklist,
  fakeTrpcFetch,
  household,
  invitation,
  item,
  queueItem,
  seriousViolations,
} from '../src/testing/index.js';

const remote = (agency: 'af' | 'mv' = 'af', booking?: { track: 1 | 2 | 3 }) => (
  <AgencyRemote
    trpcUrl="https://gateway.test/trpc"
    locationId="demo"
    agency={agency}
    {...(booking ? { booking } : {})}
  />
);

describe('AgencyRemote', () => {
  it('turns away a caseworker of another agency instead of showing their queue under our name', async () => {
    const fetch = fakeTrpcFetch({ 'auth.me': { data: caseworker('fk') } });
    vi.stubGlobal('fetch', fetch);
    render(remote('af'));
    expect(
      await screen.findByText('Den här tjänsten är för Arbetsförmedlingens handläggare'),
    ).toBeTruthy();
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });

  it('asks an anonymous visitor to sign in', async () => {
    vi.stubGlobal('fetch', fakeTrpcFetch({ 'auth.me': { data: null } }));
    render(remote('af'));
    expect(await screen.findByText('Du är inte inloggad')).toBeTruthy();
  });

  it('opens a visit from the queue and follows the polled version of it', async () => {
    const fetch = fakeTrpcFetch({
      'auth.me': { data: caseworker('af') },
      'visits.myQueue': { data: [queueItem()] },
      'newcomers.get': { data: household() },
      'checklist.get': { data: checklist() },
    });
    vi.stubGlobal('fetch', fetch);
    const { container } = render(remote('af'));
    expect((await screen.findByTestId('caseworker-name')).textContent).toBe(
      'Handläggare Testdemo (af)',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
    expect(await screen.findByTestId('item-jobseeker-registration')).toBeTruthy();
    expect(screen.getByTestId('visit-status').textContent).toBe('Pågår');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('checks a booked household in before the first step can start', async () => {
    const booked = queueItem({
      status: 'booked',
      currentStep: 0,
      myStep: 0,
      steps: queueItem().steps.map((s) => ({ ...s, status: 'pending' as const })),
    });
    const fetch = fakeTrpcFetch({
      'auth.me': { data: caseworker('mv') },
      'visits.myQueue': { data: [booked] },
      'newcomers.get': { data: household() },
      'checklist.get': { data: checklist({ items: [] }) },
      'visits.checkIn': { data: { ...booked, status: 'checked-in', version: 5 } },
    });
    vi.stubGlobal('fetch', fetch);
    render(remote('mv'));
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
    const start = (await screen.findByRole('button', { name: 'Starta steg' })) as HTMLButtonElement;
    expect(start.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Checka in hushållet' }));
    await waitFor(() => expect(screen.getByTestId('visit-status').textContent).toBe('Incheckad'));
    expect(fetch.inputsOf('visits.checkIn')[0]).toMatchObject({
      visitId: booked.id,
      expectedVersion: 4,
    });
    expect(start.disabled).toBe(false);
  });

  it('books a household: search by dossier number, take a suggested time, preview the invitation', async () => {
    const fetch = fakeTrpcFetch({
      'auth.me': { data: caseworker('mv') },
      'visits.myQueue': { data: [] },
      'newcomers.search': {
        data: [
          {
            householdId: HOUSEHOLD_ID,
            reference: 'HH-0042',
            newcomer: {
              id: 'm1',
              givenName: 'Testa',
              familyName: 'Exempelsson',
              birthDate: '1990-03-01',
            },
            matchedBy: 'dossier-number',
            current: true,
          },
        ],
      },
      'visits.suggestTimes': {
        data: [{ time: '09:30', expectedMinutesInBuilding: 240, waitingMinutes: 10 }],
      },
      'visits.book': { data: { ...queueItem(), status: 'booked', time: '09:30' } },
      'invitations.get': (input) => ({
        data: invitation({
          language: (input as { language: 'sv' | 'ar' }).language,
          dir: (input as { language: string }).language === 'ar' ? 'rtl' : 'ltr',
        }),
      }),
      'newcomer.rotateAccessCode': {
        data: { householdId: HOUSEHOLD_ID, code: 'AB12-CD34-EF56-GH78', rotatedAt: 'now' },
      },
    });
    vi.stubGlobal('fetch', fetch);
    const { container } = render(remote('mv', { track: 1 }));

    fireEvent.click(await screen.findByRole('tab', { name: 'Boka besök' }));
    fireEvent.change(screen.getByLabelText(/Dossiernummer/), { target: { value: '99-000101' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök hushåll' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Välj HH-0042' }));
    fireEvent.click(screen.getByRole('button', { name: 'Föreslå tider' }));
    await waitFor(() =>
      expect((screen.getByLabelText(/^Tid/) as HTMLInputElement).value).toBe('09:30'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Boka' }));

    expect(await screen.findByText('HH-0042 är bokat')).toBeTruthy();
    expect(fetch.inputsOf('visits.book')[0]).toMatchObject({
      householdId: HOUSEHOLD_ID,
      track: 1,
      time: '09:30',
      preconditions: { permitCardReady: true, idDocumentsReady: true },
    });
    const preview = await screen.findByTestId('invitation-preview');
    expect(screen.getByTestId('invitation-pdf').getAttribute('href')).toBe(
      `https://gateway.test/api/invitations/${queueItem().id}.pdf?lang=sv`,
    );
    expect(preview.textContent).toContain('Kallelse till Mötesplats');
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'ar' } });
    await waitFor(() =>
      expect(screen.getByTestId('invitation-preview').getAttribute('dir')).toBe('rtl'),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Skapa personlig kod' }));
    expect((await screen.findByTestId('access-code')).textContent).toBe('AB12-CD34-EF56-GH78');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('asks for a reason when the household is outside the target group', async () => {
    vi.stubGlobal(
      'fetch',
      fakeTrpcFetch({
        'auth.me': { data: caseworker('mv') },
        'visits.myQueue': { data: [] },
        'newcomers.search': {
          data: [
            {
              householdId: HOUSEHOLD_ID,
              reference: 'HH-0042',
              newcomer: {
                id: 'm1',
                givenName: 'Testa',
                familyName: 'Exempelsson',
                birthDate: '1990-03-01',
              },
              matchedBy: 'dossier-number',
              current: true,
            },
          ],
        },
        'visits.book': {
          error: {
            code: 'PRECONDITION_FAILED',
            httpStatus: 412,
            message: 'Outside the target group',
          },
        },
      }),
    );
    render(remote('mv', { track: 1 }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Boka besök' }));
    fireEvent.change(screen.getByLabelText(/Dossiernummer/), { target: { value: '99-000101' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sök hushåll' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Välj HH-0042' }));
    fireEvent.change(screen.getByLabelText(/^Tid/), { target: { value: '10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Boka' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Outside the target group/)).toBeTruthy();
    expect(screen.getByLabelText(/Skäl att boka utanför målgruppen/)).toBeTruthy();
  });
});

describe('consent at the desk and plans', () => {
  it('grants my agency read access with the code the newcomer types, then shows the other items', async () => {
    const fetch = fakeTrpcFetch({
      'auth.me': { data: caseworker('af') },
      'visits.myQueue': { data: [queueItem()] },
      'newcomers.get': { data: household() },
      'checklist.get': (_input, call) => ({
        data:
          call === 0
            ? checklist({ hiddenCount: 2 })
            : checklist({
                items: [
                  item(),
                  item({
                    id: 'skv:move-notification:m1',
                    actor: 'skv',
                    code: 'move-notification',
                    label: { sv: 'Anmälan om flytt till Sverige', en: 'Move' },
                  }),
                ],
                visibleActors: ['af', 'skv'],
              }),
      }),
      'checklist.grant': {
        data: {
          id: 'g1',
          householdId: HOUSEHOLD_ID,
          grantee: 'af',
          scope: 'read',
          from: '2026-11-23T09:00:00Z',
          until: '2026-11-23T22:59:00Z',
          revokedAt: null,
          grantedVia: 'desk',
          active: true,
        },
      },
    });
    vi.stubGlobal('fetch', fetch);
    render(remote('af'));
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
    expect(await screen.findByText('2 dolda punkter (kräver samtycke)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Personlig kod (skrivs av den nyanlända)'), {
      target: { value: ' ab12-cd34-ef56-gh78 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ge läsrätt' }));
    expect(await screen.findByText('Samtycke registrerat')).toBeTruthy();
    expect(await screen.findByText(/Skatteverket: Anmälan om flytt till Sverige/)).toBeTruthy();
    const [input] = fetch.inputsOf('checklist.grant') as Record<string, unknown>[];
    expect(input).toMatchObject({
      householdId: HOUSEHOLD_ID,
      accessCode: 'ab12-cd34-ef56-gh78',
      grantee: 'af',
    });
    expect(Date.parse(String(input?.until))).toBeGreaterThan(Date.now());
  });

  it('names a wrong code at its field', async () => {
    vi.stubGlobal(
      'fetch',
      fakeTrpcFetch({
        'auth.me': { data: caseworker('af') },
        'visits.myQueue': { data: [queueItem()] },
        'newcomers.get': { data: household() },
        'checklist.get': { data: checklist({ hiddenCount: 2 }) },
        'checklist.grant': {
          error: { code: 'UNAUTHORIZED', httpStatus: 401, message: 'accessCode: not right' },
        },
      }),
    );
    render(remote('af'));
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
    const code = await screen.findByLabelText('Personlig kod (skrivs av den nyanlända)');
    fireEvent.change(code, { target: { value: 'WRONG' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ge läsrätt' }));
    expect(
      await screen.findByText('Koden stämmer inte. Be personen kontrollera kallelsen.'),
    ).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a plan and shows the plans and conflicts the gateway reports', async () => {
    const plan = {
      id: 'p1',
      memberId: 'm1',
      actor: 'af' as const,
      kind: 'work-placement' as const,
      hoursPerWeek: 30,
      from: '2026-12-01',
      until: null,
      note: '',
      version: 1,
    };
    const fetch = fakeTrpcFetch({
      'auth.me': { data: caseworker('af') },
      'visits.myQueue': { data: [queueItem()] },
      'newcomers.get': { data: household() },
      'checklist.get': (_input, call) => ({
        data: checklist({
          plans: call === 0 ? [] : [plan],
          conflicts:
            call === 0
              ? []
              : [
                  {
                    rule: 'too-many-hours',
                    memberId: 'm1',
                    actors: ['af', 'kommun'],
                    planIds: ['p1', 'p2'],
                    explanation: { sv: 'Mer än 40 timmar i veckan.', en: 'Over 40 hours.' },
                  },
                ],
        }),
      }),
      'checklist.plans.upsert': { data: plan },
    });
    vi.stubGlobal('fetch', fetch);
    render(remote('af'));
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
    await screen.findByRole('heading', { name: 'Planering efter dagen' });
    fireEvent.change(screen.getByLabelText('Aktivitet'), { target: { value: 'work-placement' } });
    fireEvent.change(screen.getByLabelText('Timmar per vecka'), { target: { value: '300' } });
    expect(screen.getByText('Ange ett heltal mellan 0 och 80.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Timmar per vecka'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Från'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till planering' }));
    expect(await screen.findByText('Testa Exempelsson: Mer än 40 timmar i veckan.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Planerat' }).textContent).toBe(
      'Arbetsförmedlingen – Testa Exempelsson: Praktik, 30 h/vecka från 2026-12-01',
    );
    expect(fetch.inputsOf('checklist.plans.upsert')[0]).toMatchObject({
      householdId: HOUSEHOLD_ID,
      memberId: 'm1',
      kind: 'work-placement',
      hoursPerWeek: 30,
      from: '2026-12-01',
    });
  });
});
