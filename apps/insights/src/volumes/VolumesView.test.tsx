import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInsights } from '../test/render';
import { hidden, shown } from '../test/fake-api';

describe('Volymer', () => {
  it('shows hidden cells as prickade, explained by a visible legend, with downloads', async () => {
    const { calls } = renderInsights({
      tables: {
        track: [
          ['1', shown(120)],
          ['2', hidden],
          ['3', hidden],
        ],
        sex: [
          ['female', shown(40)],
          ['male', shown(80)],
        ],
        ageBand: [['18-64', shown(120)]],
      },
    });
    fireEvent.change(await screen.findByLabelText('År'), { target: { value: '2017' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Volymer' }));

    const table = await screen.findByRole('table', { name: 'Deltagare per spår' });
    const track2 = within(table).getByRole('row', { name: /Spår 2/ });
    expect(within(track2).getByText('–')).toBeTruthy();
    expect(within(track2).getByText('prickad')).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Spår' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Spår 1' })).toBeTruthy();

    const legends = screen.getAllByText(
      /Värden under 5 visas inte för att skydda enskilda personer/,
    );
    expect(legends.length).toBeGreaterThan(0);
    // Only what the API published is shown: the hidden counts appear nowhere.
    const chart = screen.getByRole('img', { name: /deltagare per spår/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Stapeldiagram, deltagare per spår. Spår 1: 120; Spår 2: prickad; Spår 3: prickad.',
    );
    expect(await screen.findByRole('table', { name: 'Deltagare per kön' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Kvinnor' })).toBeTruthy();

    expect(calls['stats.table']).toContainEqual({
      rows: 'track',
      cols: 'year',
      from: '2017-01-01',
      to: '2017-12-31',
    });
    const csv = screen.getByRole('link', { name: 'Ladda ner deltagare per spår som CSV' });
    expect(csv.getAttribute('href')).toBe(
      '/api/stats/export.csv?rows=track&cols=year&from=2017-01-01&to=2017-12-31',
    );
  }, 20_000);

  it('passes the location and track filters to the table and the export', async () => {
    const { calls } = renderInsights();
    fireEvent.change(await screen.findByLabelText('År'), { target: { value: '2017' } });
    const location = screen.getByLabelText('Ort');
    await within(location).findByText('Uppsala');
    fireEvent.change(location, { target: { value: 'uppsala' } });
    fireEvent.change(screen.getByLabelText('Spår'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Volymer' }));

    const xlsx = await screen.findByRole('link', { name: /per åldersgrupp som Excel/ });
    expect(xlsx.getAttribute('href')).toBe(
      '/api/stats/export.xlsx?rows=ageBand&cols=year&from=2017-01-01&to=2017-12-31&locationId=uppsala&track=2',
    );
    expect(calls['stats.table']).toContainEqual(
      expect.objectContaining({ rows: 'sex', locationId: 'uppsala', track: 2 }),
    );
  }, 20_000);
});
