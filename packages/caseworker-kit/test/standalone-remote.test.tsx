import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { RemoteProps } from '@motesplats/contracts';
import { StandaloneRemote } from '../src/index.js';

function Probe({ trpcUrl, locationId }: RemoteProps) {
  return <p data-testid="probe">{`${trpcUrl} ${locationId}`}</p>;
}

describe('StandaloneRemote', () => {
  it('frames the remote with an h1 and takes the location from ?location=', () => {
    window.history.replaceState(null, '', '/?location=provstad');
    render(<StandaloneRemote App={Probe} title="Skatteverket" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Mötesplats – Skatteverket (fristående utvecklingsläge)',
    );
    expect(screen.getByTestId('probe').textContent).toBe('/trpc provstad');
  });

  it('opens the demo location when none is named', () => {
    window.history.replaceState(null, '', '/');
    render(<StandaloneRemote App={Probe} title="Skatteverket" />);
    expect(screen.getByTestId('probe').textContent).toBe('/trpc demo');
  });
});
