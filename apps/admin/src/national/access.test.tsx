import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { seriousViolations } from '@motesplats/caseworker-kit/testing';
import { caseworker, locationStatus } from './test/fake-admin-api';
import { openTab, renderNational } from './test/render-national';

describe('NationalAdmin: who sees it, and axe', { timeout: 20_000 }, () => {
  it('tells a caseworker the administration is not for them and asks for nothing else', async () => {
    const { api } = renderNational({ user: caseworker });
    expect(
      await screen.findByText(/Administrationen är till för ortsadministratörer/),
    ).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(api.locations.overview).not.toHaveBeenCalled();
  });

  it('has no serious or critical axe violations in any of its own tabs', async () => {
    const { container } = renderNational({
      locations: [
        locationStatus({
          frameProblems: [{ path: 'tracks.1.chain', message: 'expected a step for skv' }],
        }),
      ],
      frame: {
        breaches: [
          {
            locationId: 'demo',
            name: 'Mötesplats Demoby',
            problems: [{ path: 'tracks.1.chain', message: 'expected a step for skv' }],
          },
        ],
      },
    });
    await screen.findByRole('table', { name: /Alla orter/ });
    expect(await seriousViolations(container)).toEqual([]);
    await openTab('Ny ort');
    await screen.findByRole('radio', { name: /Med mobilt team/ });
    expect(await seriousViolations(container)).toEqual([]);
    await openTab('Nationellt ramverk');
    await screen.findByRole('button', { name: 'Spara ramverket' });
    expect(await seriousViolations(container)).toEqual([]);
    await openTab('Beviljade uppehållstillstånd');
    await screen.findByRole('table', { name: 'Inmatade siffror' });
    expect(await seriousViolations(container)).toEqual([]);
  }, 20_000);
});
