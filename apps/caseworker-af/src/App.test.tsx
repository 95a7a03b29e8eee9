import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import App from './App';
import { fakeTrpcFetch } from './test/trpcFetch';

const caseworker = {
  id: 'u1',
  displayName: 'Anna Testdemo',
  role: 'caseworker',
  agency: 'af',
  locationId: 'demo',
};

describe('caseworker-af App', () => {
  it('shows the signed-in caseworker from auth.me and sends the session cookie', async () => {
    const fetch = fakeTrpcFetch({ 'auth.me': { data: caseworker } });
    vi.stubGlobal('fetch', fetch);

    render(<App trpcUrl="https://gateway.test/trpc" locationId="demo" />);

    expect(screen.getByRole('status').textContent).toContain('Hämtar');
    const name = await screen.findByTestId('caseworker-name');
    expect(name.textContent).toBe('Anna Testdemo');
    expect(name.parentElement?.textContent).toBe('Inloggad som Anna Testdemo');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Arbetsförmedlingen');

    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toMatch(/^https:\/\/gateway\.test\/trpc\/auth\.me\?/);
    expect(init?.credentials).toBe('include');
  });

  it("shows today's date in Swedish long form, taken in Stockholm", () => {
    // Only Date is faked: React Query's timers keep running.
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 UTC on the 21st is already Sunday the 22nd in Stockholm (UTC+1 in November).
    vi.setSystemTime(new Date('2026-11-21T23:30:00Z'));
    vi.stubGlobal('fetch', fakeTrpcFetch({ 'auth.me': { data: caseworker } }));

    render(<App trpcUrl="/trpc" locationId="demo" />);

    const today = screen.getByTestId('today');
    expect(today.textContent).toBe('söndag 22 november 2026');
    expect(today.getAttribute('datetime')).toBe('2026-11-22');
  });

  it('names what failed when auth.me fails', async () => {
    vi.stubGlobal(
      'fetch',
      fakeTrpcFetch({
        'auth.me': { error: { code: 'FORBIDDEN', httpStatus: 403, message: 'Åtkomst nekad' } },
      }),
    );

    render(<App trpcUrl="/trpc" locationId="demo" />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunde inte hämta inloggad handläggare');
    expect(alert.textContent).toContain('auth.me');
    expect(alert.textContent).toContain('Åtkomst nekad');
    expect(screen.queryByTestId('caseworker-name')).toBeNull();
  });

  it('says so when nobody is signed in', async () => {
    vi.stubGlobal('fetch', fakeTrpcFetch({ 'auth.me': { data: null } }));

    render(<App trpcUrl="/trpc" locationId="demo" />);

    expect((await screen.findByRole('alert')).textContent).toContain('Du är inte inloggad');
  });
});
