import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInsights } from '../test/render';
import { report, userOf } from '../test/fake-api';

const openPulse = async (year = '2017') => {
  fireEvent.change(await screen.findByLabelText('År'), { target: { value: year } });
  fireEvent.click(screen.getByRole('tab', { name: 'Pulsrapport' }));
};

const fillForm = () => {
  fireEvent.change(screen.getByLabelText(/^Vecka/), { target: { value: '2017-W05' } });
  fireEvent.click(screen.getByLabelText('Gult – vissa problem'));
  fireEvent.change(screen.getByLabelText('Avvikelser'), {
    target: { value: 'Tolken kom inte på tisdagen.' },
  });
  fireEvent.change(screen.getByLabelText('Frågor'), { target: { value: 'Fler rum?' } });
};

describe('Pulsrapport', () => {
  it("submits a location admin's first report for the week with an idempotency key", async () => {
    const { calls } = renderInsights({ user: userOf('location-admin', 'gavle') });
    await openPulse();
    const location = screen.getByLabelText('Ort', { selector: 'form:not([aria-label]) select' });
    expect((location as HTMLSelectElement).value).toBe('gavle');
    fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in rapporten' }));

    expect(
      await screen.findByText(/Pulsrapporten för v. 5 2017 är inskickad \(version 1\)/),
    ).toBeTruthy();
    expect(calls['stats.pulse.submit']).toEqual([
      {
        locationId: 'gavle',
        isoWeek: '2017-W05',
        status: 'yellow',
        deviations: 'Tolken kom inte på tisdagen.',
        questions: 'Fler rum?',
        suggestions: '',
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    ]);
  }, 20_000);

  it('asks for a status before sending anything', async () => {
    const { calls } = renderInsights({ user: userOf('location-admin', 'gavle') });
    await openPulse();
    fireEvent.change(screen.getByLabelText(/^Vecka/), { target: { value: '2017-W05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka in rapporten' }));
    expect(await screen.findByText('Välj hur det går på orten.')).toBeTruthy();
    expect(calls['stats.pulse.submit']).toBeUndefined();
  }, 20_000);

  it('replaces under the version read, and on CONFLICT shows the other version', async () => {
    const mine = report({ isoWeek: '2017-W05', status: 'green', version: 2 });
    const { calls } = renderInsights({
      user: userOf('location-admin', 'gavle'),
      reports: [mine],
      // Someone else replaces the report between our read and our write.
      beforeSubmit: (reports) => {
        if (reports[0]!.version === 2) {
          reports[0] = report({
            isoWeek: '2017-W05',
            status: 'red',
            deviations: 'Servicekontoret stängt hela veckan.',
            version: 3,
          });
        }
      },
    });
    await openPulse();
    fillForm();
    expect(
      await screen.findByText(/Det finns redan en rapport för v. 5 2017 \(version 2\)/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ersätt rapporten' }));

    expect(
      await screen.findByText('Någon annan har hunnit skicka in en rapport för veckan'),
    ).toBeTruthy();
    expect(await screen.findByText(/version 3, rött – allvarliga problem/)).toBeTruthy();
    expect(screen.getByText('Servicekontoret stängt hela veckan.')).toBeTruthy();
    expect(calls['stats.pulse.submit']?.[0]).toMatchObject({ expectedVersion: 2 });

    // Sending again replaces the version now shown.
    fireEvent.click(screen.getByRole('button', { name: 'Ersätt rapporten' }));
    expect(await screen.findByText(/är inskickad \(version 4\)/)).toBeTruthy();
    expect(calls['stats.pulse.submit']?.[1]).toMatchObject({ expectedVersion: 3 });
  }, 20_000);

  it('shows the national grid with a text label in every cell, and no form for an analyst', async () => {
    renderInsights({
      user: userOf('analyst'),
      reports: [
        report({ locationId: 'gavle', isoWeek: '2017-W51', status: 'green' }),
        report({
          locationId: 'uppsala',
          isoWeek: '2017-W51',
          status: 'red',
          deviations: 'Inga tolkar.',
        }),
        report({ locationId: 'uppsala', isoWeek: '2017-W52', status: 'yellow' }),
      ],
    });
    await openPulse();
    const grid = await screen.findByRole('table', { name: /Pulstavla, v. 40 2017 – v. 52 2017/ });
    expect(within(grid).getAllByRole('columnheader')).toHaveLength(14);
    const uppsala = within(grid).getByRole('row', { name: /Uppsala/ });
    const cells = within(uppsala).getAllByRole('cell');
    expect(cells.at(-2)!.textContent).toContain('Rött');
    expect(cells.at(-2)!.getAttribute('data-status')).toBe('red');
    expect(cells.at(-1)!.textContent).toContain('Gult');
    expect(cells[0]!.textContent).toBe('Ingen rapport');
    for (const cell of within(grid).getAllByRole('cell')) {
      expect(cell.textContent).toMatch(/Grönt|Gult|Rött|Ingen rapport/);
    }
    expect(screen.getByText('Inga tolkar.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Skicka in/ })).toBeNull();
  }, 20_000);
});
