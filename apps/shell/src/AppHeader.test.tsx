import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SessionUser } from '@motesplats/contracts';
import { App } from './App';
import { fakeGateway, trpcCalls } from './test/fakeGateway';
import { CASEWORKER, LOCATIONS } from './test/fixtures';

describe('the header', () => {
  it('shows who is signed in and signs out with "Logga ut"', async () => {
    let session: SessionUser | null = CASEWORKER;
    const fetch = fakeGateway({
      procedures: {
        'auth.config': { data: { devLogin: true } },
        'auth.me': () => ({ data: session }),
        'locations.list': { data: LOCATIONS },
        'auth.logout': () => {
          session = null;
          return { data: { ok: true } };
        },
      },
    });
    vi.stubGlobal('fetch', fetch);
    render(<App />);

    const banner = await screen.findByRole('banner');
    expect(banner.querySelector('h1')?.textContent).toBe('Mötesplats');
    expect((await screen.findByTestId('shell-user-name')).textContent).toBe('Anna Testdemo');

    fireEvent.click(screen.getByRole('button', { name: 'Logga ut' }));

    expect(await screen.findByRole('button', { name: 'Logga in' })).toBeTruthy();
    expect(screen.queryByTestId('shell-user-name')).toBeNull();
    expect(screen.queryByLabelText('Välj ort')).toBeNull();
    await waitFor(() => {
      const logout = trpcCalls(fetch).find(([path]) => path === 'auth.logout');
      expect(logout?.[1]).toEqual({});
    });
  });
});
