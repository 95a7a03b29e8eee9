import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInsights } from '../test/render';
import { LOCATIONS, figure, hidden, shown } from '../test/fake-api';

const YEAR_2017 = '2017-01-01..2017-12-31';

const pickYear = async (year: string) =>
  fireEvent.change(await screen.findByLabelText('År'), { target: { value: year } });

describe('Måluppfyllelse', () => {
  it('shows 2017 nationally: 12,525 participants of 21,776 permits is 58 %, the goal met', async () => {
    renderInsights({
      permits: { [YEAR_2017]: 21_776 },
      participants: { [YEAR_2017]: 12_525 },
      perLocation: [figure(shown(812), 1_400, LOCATIONS[0]!), figure(hidden, 30, LOCATIONS[1]!)],
    });
    await pickYear('2017');

    const percent = await screen.findByTestId('goal-national-percent');
    expect(percent.textContent).toBe('58 %');
    expect(within(percent.parentElement!).getByText('Målet uppnått')).toBeTruthy();
    expect(screen.getByText(/Nationellt, 2017/)).toBeTruthy();

    // Per location: Gävle's share, and Uppsala's hidden count gives no share.
    const perLocation = screen.getByRole('table', { name: 'Måluppfyllelse per ort, 2017' });
    const gavle = within(perLocation).getByRole('row', { name: /Gävle/ });
    expect(within(gavle).getByText('58 %')).toBeTruthy();
    const uppsala = within(perLocation).getByRole('row', { name: /Uppsala/ });
    expect(within(uppsala).getByText('Prickad')).toBeTruthy();
    // Every chart is an image with a summary.
    const charts = screen.getAllByRole('img');
    expect(charts.length).toBe(2);
    expect(charts[1]!.getAttribute('aria-label')).toContain('Gävle: 58 %');
  }, 20_000);

  it('says plainly when the permits for a period are missing', async () => {
    renderInsights({ permits: {}, participants: {} });
    await pickYear('2017');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Antal beviljade uppehållstillstånd saknas för 2017 nationellt',
    );
    // The whole year and each quarter without permits say so too, in the table and below it.
    const table = screen.getByRole('table', { name: /per kvartal/ });
    expect(within(table).getAllByText('UT saknas')).toHaveLength(5);
    expect(screen.getByText(/saknas för Kv 2 2017 nationellt/)).toBeTruthy();
    expect(screen.queryByTestId('goal-national-percent')).toBeNull();
  }, 20_000);

  it('asks per year across years, and per quarter within one', async () => {
    const { calls } = renderInsights({ permits: { [YEAR_2017]: 21_776 } });
    await pickYear('2017');
    await screen.findByTestId('goal-national-percent');
    const asked = (calls['stats.goal'] ?? []).map((i) => JSON.stringify(i));
    expect(asked).toContain(JSON.stringify({ from: '2017-04-01', to: '2017-06-30' }));

    fireEvent.change(screen.getByLabelText('Från och med'), { target: { value: '2016-07-28' } });
    await screen.findByRole('table', { name: /per år/ });
    const later = (calls['stats.goal'] ?? []).map((i) => JSON.stringify(i));
    expect(later).toContain(JSON.stringify({ from: '2016-07-28', to: '2016-12-31' }));
  }, 20_000);
});
