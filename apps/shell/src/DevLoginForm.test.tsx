import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SessionUser } from '@motesplats/contracts';
import { App } from './App';
import { fakeGateway, trpcCalls, type FakeAnswer } from './test/fakeGateway';
import { CASEWORKER, LOCATIONS } from './test/fixtures';

/** A gateway with dev login on, nobody signed in until auth.devLogin succeeds. */
function signedOutGateway(devLogin: (input: unknown) => FakeAnswer = () => ({ data: CASEWORKER })) {
  let session: SessionUser | null = null;
  return fakeGateway({
    procedures: {
      'auth.config': { data: { devLogin: true } },
      'auth.me': () => ({ data: session }),
      'locations.list': { data: LOCATIONS },
      'auth.devLogin': (input) => {
        const answer = devLogin(input);
        if ('data' in answer) session = answer.data as SessionUser;
        return answer;
      },
    },
  });
}

const optionTexts = (select: HTMLElement) =>
  [...(select as HTMLSelectElement).options].map((o) => o.textContent);

/** The error text a field points at through aria-describedby. */
function describedErrorOf(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('development login', () => {
  it('offers labelled selects for role (no newcomer), the six agencies in Swedish and the locations', async () => {
    vi.stubGlobal('fetch', signedOutGateway());
    render(<App />);

    const role = await screen.findByLabelText('Roll');
    expect(optionTexts(role)).toEqual([
      'Handläggare',
      'Lokal administratör',
      'Nationell administratör',
      'Analytiker',
    ]);
    expect(optionTexts(screen.getByLabelText('Myndighet'))).toEqual([
      'Ingen myndighet',
      'Migrationsverket',
      'Arbetsförmedlingen',
      'Försäkringskassan',
      'Pensionsmyndigheten',
      'Skatteverket',
      'Kommunen',
    ]);
    await waitFor(() =>
      expect(optionTexts(screen.getByLabelText('Ort'))).toEqual(['Ingen ort', 'Demo', 'Gävle']),
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('checks the input with the contract before asking the gateway', async () => {
    const fetch = signedOutGateway();
    vi.stubGlobal('fetch', fetch);
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Logga in' }));

    const agency = screen.getByLabelText('Myndighet');
    const location = screen.getByLabelText('Ort');
    expect(agency.getAttribute('aria-invalid')).toBe('true');
    expect(describedErrorOf(agency)).toContain('En handläggare måste höra till en myndighet');
    expect(location.getAttribute('aria-invalid')).toBe('true');
    expect(describedErrorOf(location)).toContain('Välj ort');
    expect(screen.getByLabelText('Roll').getAttribute('aria-invalid')).toBeNull();
    expect(trpcCalls(fetch).map(([path]) => path)).not.toContain('auth.devLogin');

    // A national admin needs neither agency nor location.
    fireEvent.change(screen.getByLabelText('Roll'), { target: { value: 'national-admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    await waitFor(() => expect(trpcCalls(fetch).map(([path]) => path)).toContain('auth.devLogin'));
  });

  it('signs in, then shows the user, "Logga ut" and the location picker on their own location', async () => {
    const fetch = signedOutGateway();
    vi.stubGlobal('fetch', fetch);
    render(<App />);

    await waitFor(() => expect(optionTexts(screen.getByLabelText('Ort'))).toContain('Gävle'));
    fireEvent.change(screen.getByLabelText('Myndighet'), { target: { value: 'af' } });
    fireEvent.change(screen.getByLabelText('Ort'), { target: { value: 'gavle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    expect((await screen.findByTestId('shell-user-name')).textContent).toBe('Anna Testdemo');
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeTruthy();
    const picker = (await screen.findByLabelText('Välj ort')) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('gavle'));

    const login = trpcCalls(fetch).find(([path]) => path === 'auth.devLogin');
    expect(login?.[1]).toMatchObject({ role: 'caseworker', agency: 'af', locationId: 'gavle' });
    for (const [, init] of fetch.mock.calls) expect(init?.credentials).toBe('include');
  });

  it("puts the gateway's zod messages next to the field they name", async () => {
    const issues = [{ code: 'custom', path: ['locationId'], message: 'Unknown location "gavle"' }];
    vi.stubGlobal(
      'fetch',
      signedOutGateway(() => ({
        error: { code: 'BAD_REQUEST', httpStatus: 400, message: JSON.stringify(issues, null, 2) },
      })),
    );
    render(<App />);

    await waitFor(() => expect(optionTexts(screen.getByLabelText('Ort'))).toContain('Gävle'));
    fireEvent.change(screen.getByLabelText('Myndighet'), { target: { value: 'af' } });
    fireEvent.change(screen.getByLabelText('Ort'), { target: { value: 'gavle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    await waitFor(() =>
      expect(describedErrorOf(screen.getByLabelText('Ort'))).toContain('Unknown location "gavle"'),
    );
    expect(screen.queryByTestId('shell-user-name')).toBeNull();
  });

  it('shows other gateway errors above the button', async () => {
    vi.stubGlobal(
      'fetch',
      signedOutGateway(() => ({
        error: { code: 'FORBIDDEN', httpStatus: 403, message: 'Development login is off' },
      })),
    );
    render(<App />);

    fireEvent.change(await screen.findByLabelText('Roll'), { target: { value: 'analyst' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));

    const form = screen.getByRole('button', { name: 'Logga in' }).closest('form')!;
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe('Inloggningen misslyckades: Development login is off');
  });

  it('says sign-in is not configured when the gateway offers no development login', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        procedures: { 'auth.config': { data: { devLogin: false } }, 'auth.me': { data: null } },
      }),
    );
    render(<App />);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Inloggning är inte konfigurerad',
    );
    expect(screen.queryByLabelText('Roll')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Logga in' })).toBeNull();
  });
});
