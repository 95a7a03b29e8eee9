import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { locationStatus } from './test/fake-admin-api';
import { renderNational } from './test/render-national';

describe('NationalAdmin: Orter', { timeout: 20_000 }, () => {
  it('lists every location with its status and the number of frame problems', async () => {
    renderNational({
      locations: [
        locationStatus(),
        locationStatus({
          id: 'gavle',
          name: 'Mötesplats Gävle',
          municipalityCode: '2180',
          municipalityName: 'Gävle',
          frameProblems: [
            { path: 'tracks.1.chain', message: 'expected a step for skv' },
            { path: 'tracks.1.chain[0].mode', message: 'mv must be in person' },
          ],
          lastPulse: { isoWeek: '2026-W08', status: 'red' },
        }),
      ],
    });
    const table = await screen.findByRole('table', { name: /Alla orter \(2\)/ });
    const gavle = within(table).getByRole('rowheader', { name: 'Mötesplats Gävle' }).closest('tr')!;
    expect(within(gavle).getByText('2 avvikelser')).toBeTruthy();
    expect(within(gavle).getByText(/mv must be in person/)).toBeTruthy();
    expect(within(gavle).getByText('Rött – problem')).toBeTruthy();
    expect(within(gavle).getByText('Gävle (2180)')).toBeTruthy();
    const demo = within(table).getByRole('rowheader', { name: 'Mötesplats Demoby' }).closest('tr')!;
    expect(within(demo).getByText('Inom ramverket')).toBeTruthy();
    expect(within(demo).getByText('Spår 1, 2, 3')).toBeTruthy();
  });
});
