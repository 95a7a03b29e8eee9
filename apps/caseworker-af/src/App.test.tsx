import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChecklistItemDto } from '@motesplats/contracts';
import {
  HOUSEHOLD_ID,
  agencyGateway,
  item,
  openVisit,
  renderRemote,
  renderTurnedAway,
  seriousViolations,
} from '@motesplats/caseworker-kit/testing';
import App from './App';

const afItem = (
  code: string,
  sv: string,
  overrides: Partial<ChecklistItemDto> = {},
): ChecklistItemDto =>
  item({ id: `af:${code}:m1`, code, label: { sv, en: code }, details: {}, ...overrides });

/** Arbetsförmedlingen's items for the fixture visit, behind a gateway that keeps what is saved. */
const gateway = () =>
  agencyGateway('af', [
    afItem('jobseeker-registration', 'Inskrivning på Arbetsförmedlingen'),
    afItem('establishment-meeting', 'Första etableringssamtalet'),
    afItem('grades-assessment', 'Bedömning av betyg och intyg', {
      version: 3,
      details: { documents: ['school-grades'] },
    }),
    afItem('establishment-benefit', 'Ansökan om etableringsersättning', { version: 2 }),
  ]);

const card = (code: string) => screen.findByTestId(`item-${code}`);

describe('caseworker-af App', () => {
  it('records the grades documents collected and sent in, under the version seen', async () => {
    const { fetch } = renderRemote(App, gateway());
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
    const { fetch } = renderRemote(App, gateway());
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
    renderRemote(App, gateway());
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
    const { container } = renderRemote(App, gateway());
    await openVisit();
    await card('establishment-benefit');

    expect(await seriousViolations(container)).toEqual([]);
  });

  it('books spår 2, the track Arbetsförmedlingen invites to', async () => {
    renderRemote(App, gateway());
    fireEvent.click(await screen.findByRole('tab', { name: 'Boka besök' }));

    expect(screen.getByRole('heading', { name: 'Boka besök – Spår 2' })).toBeTruthy();
  });

  it("turns away a caseworker of another agency without fetching that agency's queue", async () => {
    const { fetch, title, notice } = await renderTurnedAway(App, 'mv');

    expect(title).toBe('Den här tjänsten är för Arbetsförmedlingens handläggare');
    expect(notice.textContent).toContain('(Migrationsverket)');
    expect(screen.queryByRole('tab', { name: 'Min kö' })).toBeNull();
    await waitFor(() => expect(fetch.callsOf('auth.me')).toBe(1));
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
