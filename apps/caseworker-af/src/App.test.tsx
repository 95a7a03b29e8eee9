import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistItemDto } from '@motesplats/contracts';
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

const caseworker = {
  id: 'u1',
  displayName: 'Anna Testdemo',
  role: 'caseworker',
  agency: 'af',
  locationId: 'demo',
};

const afItem = (
  code: string,
  sv: string,
  overrides: Partial<ChecklistItemDto> = {},
): ChecklistItemDto =>
  item({ id: `af:${code}:m1`, code, label: { sv, en: code }, details: {}, ...overrides });

/**
 * The gateway's checklist for one household: checklist.updateItem applies the input and bumps
 * the version, so the refetch after a save shows what was saved, as the real gateway would.
 */
function gateway(user: typeof caseworker = caseworker) {
  let items = [
    afItem('jobseeker-registration', 'Inskrivning på Arbetsförmedlingen'),
    afItem('establishment-meeting', 'Första etableringssamtalet'),
    afItem('grades-assessment', 'Bedömning av betyg och intyg', {
      version: 3,
      details: { documents: ['school-grades'] },
    }),
    afItem('establishment-benefit', 'Ansökan om etableringsersättning', { version: 2 }),
  ];
  return fakeTrpcFetch({
    'auth.me': { data: user },
    'visits.myQueue': { data: [queueItem()] },
    'newcomers.get': { data: household() },
    'checklist.get': () => ({ data: checklist({ items }) }),
    'checklist.updateItem': (input) => {
      const { itemId, status, note, details } = input as Partial<ChecklistItemDto> & {
        itemId: string;
      };
      const current = items.find((i) => i.id === itemId)!;
      const updated = {
        ...current,
        status: status ?? current.status,
        note: note ?? current.note,
        details: details ?? current.details,
        version: current.version + 1,
      };
      items = items.map((i) => (i.id === itemId ? updated : i));
      return { data: updated };
    },
  });
}

async function openVisit() {
  fireEvent.click(await screen.findByRole('button', { name: 'Öppna HH-0042' }));
}

const card = (code: string) => screen.findByTestId(`item-${code}`);

describe('caseworker-af App', () => {
  it('records the grades documents collected and sent in, under the version seen', async () => {
    const fetch = gateway();
    vi.stubGlobal('fetch', fetch);

    render(<App trpcUrl="https://gateway.test/trpc" locationId="demo" />);
    await openVisit();

    const grades = within(await card('grades-assessment'));
    const schoolGrades = grades.getByLabelText('Skolbetyg') as HTMLInputElement;
    expect(schoolGrades.checked).toBe(true);
    fireEvent.click(grades.getByLabelText('Arbetsgivarintyg'));
    fireEvent.click(grades.getByLabelText('Handlingarna är inskickade för bedömning'));
    fireEvent.click(grades.getByRole('button', { name: 'Spara' }));

    expect(await grades.findByText('Sparat.')).toBeTruthy();
    const [input] = fetch.inputsOf('checklist.updateItem');
    expect(input).toEqual({
      householdId: HOUSEHOLD_ID,
      itemId: 'af:grades-assessment:m1',
      expectedVersion: 3,
      status: 'todo',
      note: '',
      details: { documents: ['school-grades', 'work-certificate'], submitted: true },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('records the benefit application status and the experience mapping', async () => {
    const fetch = gateway();
    vi.stubGlobal('fetch', fetch);

    render(<App trpcUrl="/trpc" locationId="demo" />);
    await openVisit();

    const benefit = within(await card('establishment-benefit'));
    const group = benefit.getByRole('radiogroup', { name: 'Ansökan om etableringsersättning' });
    fireEvent.click(within(group).getByLabelText('Ansökt'));
    fireEvent.change(benefit.getByLabelText('Status'), { target: { value: 'done' } });
    fireEvent.click(benefit.getByRole('button', { name: 'Spara' }));
    expect(await benefit.findByText('Sparat.')).toBeTruthy();

    const meeting = within(await card('establishment-meeting'));
    fireEvent.change(meeting.getByLabelText('Tidigare arbetslivserfarenhet'), {
      target: { value: 'Elektriker i åtta år' },
    });
    fireEvent.change(meeting.getByLabelText('Utbildning'), {
      target: { value: 'Gymnasieexamen 2008' },
    });
    fireEvent.click(meeting.getByRole('button', { name: 'Spara' }));
    expect(await meeting.findByText('Sparat.')).toBeTruthy();

    const [benefitInput, meetingInput] = fetch.inputsOf('checklist.updateItem');
    expect(benefitInput).toMatchObject({
      itemId: 'af:establishment-benefit:m1',
      expectedVersion: 2,
      status: 'done',
      details: { applicationStatus: 'applied' },
    });
    expect(meetingInput).toMatchObject({
      itemId: 'af:establishment-meeting:m1',
      expectedVersion: 1,
      details: { experience: 'Elektriker i åtta år', education: 'Gymnasieexamen 2008' },
    });
  });

  it('leaves a cleared field out of the details, so the item no longer counts as changed', async () => {
    vi.stubGlobal('fetch', gateway());

    render(<App trpcUrl="/trpc" locationId="demo" />);
    await openVisit();

    const meeting = within(await card('establishment-meeting'));
    const save = meeting.getByRole('button', { name: 'Spara' }) as HTMLButtonElement;
    const experience = meeting.getByLabelText('Tidigare arbetslivserfarenhet');
    fireEvent.change(experience, { target: { value: 'Kock' } });
    expect(save.disabled).toBe(false);
    fireEvent.change(experience, { target: { value: '' } });
    expect(save.disabled).toBe(true);
  });

  it('has no serious accessibility violations with the editors open', async () => {
    vi.stubGlobal('fetch', gateway());

    const { container } = render(<App trpcUrl="/trpc" locationId="demo" />);
    await openVisit();
    await card('establishment-benefit');

    expect(await seriousViolations(container)).toEqual([]);
  });

  it('books spår 2, the track Arbetsförmedlingen invites to', async () => {
    vi.stubGlobal('fetch', gateway());

    render(<App trpcUrl="/trpc" locationId="demo" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Boka besök' }));

    expect(screen.getByRole('heading', { name: 'Boka besök – Spår 2' })).toBeTruthy();
  });

  it("turns away a caseworker of another agency without fetching that agency's queue", async () => {
    const fetch = gateway({ ...caseworker, agency: 'mv' });
    vi.stubGlobal('fetch', fetch);

    render(<App trpcUrl="/trpc" locationId="demo" />);

    const alert = await screen.findByText(/Den här tjänsten är för Arbetsförmedlingen/);
    expect(alert.closest('[role]')?.textContent).toContain('(Migrationsverket)');
    expect(screen.queryByRole('tab', { name: 'Min kö' })).toBeNull();
    await waitFor(() => expect(fetch.callsOf('auth.me')).toBe(1));
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
