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

/** The fixture's two adults (36 and 38 on the day) and a child of 6. */
function family(): HouseholdDto {
  const base = household();
  const child = { ...base.members[0]!, id: 'm3', givenName: 'Lilla', birthDate: '2020-05-05' };
  return { ...base, members: [...base.members, child] };
}

const registration = item({
  id: 'fk:insurance-registration:m1',
  actor: 'fk',
  code: 'insurance-registration',
  memberId: 'm1',
  label: { sv: 'Anmälan till socialförsäkringen', en: 'Social insurance registration' },
  details: {},
});

const benefitsInfo = (overrides: Partial<ChecklistItemDto> = {}) =>
  item({
    id: 'fk:benefits-info:household',
    actor: 'fk',
    code: 'benefits-info',
    memberId: null,
    label: { sv: 'Information om förmåner', en: 'Benefits information' },
    details: {},
    ...overrides,
  });

/** Försäkringskassan's gateway with the fixture visit at its step, for `hh` (the family). */
const gateway = (items: ChecklistItemDto[], hh: HouseholdDto = family()) =>
  agencyGateway('fk', items, { household: hh });

const labelsIn = (element: HTMLElement) =>
  within(element)
    .getAllByRole<HTMLInputElement>('checkbox')
    .map((box) => box.labels?.[0]?.textContent);

describe('caseworker-fk App', () => {
  it('shows the benefits that fit the household, with the reasons', async () => {
    renderRemote(App, gateway([registration, benefitsInfo()]));
    await openVisit();
    const advice = await screen.findByTestId('benefit-advice');
    const lines = within(advice)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Barnbidrag: Lilla (6 år) är under 16 år: barnbidrag betalas för barn under 16 år.',
      'Bostadsbidrag: Hushållet har barn: barnfamiljer kan få bostadsbidrag.',
      expect.stringMatching(/^Föräldrapenning: Lilla \(6 år\) är under 12 år/),
      expect.stringMatching(/^Tandvårdsstöd: Testa \(36 år\) och Prova \(38 år\) är vuxna/),
      'Underhållsstöd: Om föräldrarna inte bor ihop kan underhållsstöd bli aktuellt för Lilla (6 år).',
    ]);
  });

  it('lists the topics that fit first and saves those covered under the version seen', async () => {
    const { fetch } = renderRemote(App, gateway([registration, benefitsInfo({ version: 5 })]));
    await openVisit();
    const form = await screen.findByRole('form', { name: 'Information om förmåner' });
    const topics = within(form).getByTestId('benefit-topics');
    // The adult-only household's order would differ; the family's fitting topics lead.
    await waitFor(() =>
      expect(labelsIn(topics)).toEqual([
        'Barnbidrag',
        'Bostadsbidrag',
        'Föräldrapenning',
        'Tandvårdsstöd',
        'Underhållsstöd',
        'Sjukpenning',
      ]),
    );
    expect(within(topics).getAllByText('Passar hushållet')).toHaveLength(5);

    fireEvent.click(within(topics).getByLabelText('Tandvårdsstöd'));
    fireEvent.click(within(topics).getByLabelText('Barnbidrag'));
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.callsOf('checklist.updateItem')).toBe(1));
    expect(fetch.inputsOf('checklist.updateItem')[0]).toMatchObject({
      householdId: HOUSEHOLD_ID,
      itemId: 'fk:benefits-info:household',
      expectedVersion: 5,
      details: { topicsCovered: ['child-allowance', 'dental-care'] },
    });
  });

  it('puts housing allowance first for a young adult without children', async () => {
    const base = household();
    const young = { ...base.members[0]!, givenName: 'Ung', birthDate: '2000-01-01' };
    renderRemote(App, gateway([benefitsInfo()], { ...base, members: [young] }));
    await openVisit();
    const topics = await screen.findByTestId('benefit-topics');
    await waitFor(() =>
      expect(labelsIn(topics).slice(0, 2)).toEqual(['Bostadsbidrag', 'Tandvårdsstöd']),
    );
  });

  it('saves the insurance registration as a status only', async () => {
    const { fetch } = renderRemote(App, gateway([registration, benefitsInfo()]));
    await openVisit();
    const form = await screen.findByRole('form', { name: /Anmälan till socialförsäkringen/ });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'done' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(fetch.callsOf('checklist.updateItem')).toBe(1));
    const [input] = fetch.inputsOf('checklist.updateItem') as Record<string, unknown>[];
    expect(input).toMatchObject({ itemId: 'fk:insurance-registration:m1', status: 'done' });
    expect(input).not.toHaveProperty('details');
  });

  it('has no serious accessibility violations with the visit open', async () => {
    renderRemote(App, gateway([registration, benefitsInfo()]));
    await openVisit();
    await screen.findByTestId('benefit-advice');
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('turns away a caseworker of another agency', async () => {
    const { fetch, title, notice } = await renderTurnedAway(App, 'pm');

    expect(title).toBe('Den här tjänsten är för Försäkringskassans handläggare');
    expect(notice.textContent).toContain('(Pensionsmyndigheten)');
    expect(fetch.callsOf('visits.myQueue')).toBe(0);
  });
});
