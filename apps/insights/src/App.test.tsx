import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { seriousViolations } from '@motesplats/caseworker-kit/testing';
import type { Role } from '@motesplats/contracts';
import { renderInsights } from './test/render';
import { LOCATIONS, figure, hidden, report, shown, userOf } from './test/fake-api';

const YEAR_2017 = '2017-01-01..2017-12-31';

describe('insights App', () => {
  it.each<Role>(['analyst', 'location-admin', 'national-admin'])(
    'lets a %s in',
    async (role) => {
      renderInsights({ user: userOf(role) });
      expect(
        await screen.findByRole('heading', { level: 2, name: 'Statistik och uppföljning' }),
      ).toBeTruthy();
      expect(screen.getByRole('tab', { name: 'Måluppfyllelse' })).toBeTruthy();
    },
    20_000,
  );

  it.each<Role>(['caseworker', 'newcomer'])(
    'turns a %s away politely',
    async (role) => {
      const { calls } = renderInsights({ user: userOf(role) });
      expect(await screen.findByText(/Statistiken är till för ortsadministratörer/)).toBeTruthy();
      expect(screen.queryByRole('tablist')).toBeNull();
      expect(calls['stats.goal']).toBeUndefined();
    },
    20_000,
  );

  it('keeps a location admin at their own location', async () => {
    const { calls } = renderInsights({
      user: userOf('location-admin', 'uppsala'),
      permits: {},
    });
    const location = (await screen.findByLabelText('Ort')) as HTMLSelectElement;
    expect(location.value).toBe('uppsala');
    expect(location.disabled).toBe(true);
    await screen.findByRole('alert');
    expect(calls['stats.goal']?.[0]).toMatchObject({ locationId: 'uppsala' });
  }, 20_000);

  it('has no serious accessibility violations in any view', async () => {
    const { container } = renderInsights({
      user: userOf('national-admin'),
      permits: { [YEAR_2017]: 21_776 },
      participants: { [YEAR_2017]: 12_525 },
      perLocation: [figure(shown(812), 1_400, LOCATIONS[0]!), figure(hidden, 30, LOCATIONS[1]!)],
      tables: {
        track: [
          ['1', shown(120)],
          ['2', hidden],
          ['3', hidden],
        ],
      },
      reports: [report({ isoWeek: '2017-W52', status: 'red', deviations: 'Inga tolkar.' })],
    });
    fireEvent.change(await screen.findByLabelText('År'), { target: { value: '2017' } });
    await screen.findByTestId('goal-national-percent');
    expect(await seriousViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('tab', { name: 'Volymer' }));
    await screen.findByRole('table', { name: 'Deltagare per åldersgrupp' });
    expect(await seriousViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('tab', { name: 'Pulsrapport' }));
    await screen.findByRole('table', { name: /Pulstavla/ });
    expect(await seriousViolations(container)).toEqual([]);
  }, 20_000);
});
