import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CompositionRemote, RemoteProps } from '@motesplats/contracts';
import { App } from './App';
import type { RemoteLoader } from './federation';
import { RemoteLoaderContext } from './RemoteLoaderContext';
import { fakeGateway, json } from './test/fakeGateway';
import { CASEWORKER, COMPOSITION, LOCATIONS } from './test/fixtures';

function signedInGateway(composition: () => Response = () => json(COMPOSITION)) {
  return fakeGateway({
    procedures: {
      'auth.config': { data: { devLogin: true } },
      'auth.me': { data: CASEWORKER },
      'locations.list': { data: LOCATIONS },
      'visits.day': { data: [] },
    },
    routes: { '/api/composition/demo': composition },
  });
}

function ForsakringskassanRemote({ locationId, trpcUrl }: RemoteProps) {
  return (
    <p data-testid="fk-remote">
      FK på {locationId} via {trpcUrl}
    </p>
  );
}

/** Arbetsförmedlingen's manifest is unreachable; Försäkringskassan loads. */
function fakeLoader(): RemoteLoader & { registered: string[] } {
  const registered: string[] = [];
  return {
    registered,
    register: (remotes) => registered.push(...remotes.map((remote) => remote.scope)),
    load: async (remote: CompositionRemote) => {
      if (remote.id === 'caseworker-fk') return ForsakringskassanRemote;
      throw new Error(`Failed to fetch ${remote.entry}`);
    },
  };
}

function renderAt(url: string, loader: RemoteLoader = fakeLoader()) {
  window.history.replaceState(null, '', url);
  return render(
    <RemoteLoaderContext.Provider value={loader}>
      <App />
    </RemoteLoaderContext.Provider>,
  );
}

describe('a location workspace', () => {
  it('registers every remote of the composition and links to each, the day board first and home', async () => {
    vi.stubGlobal('fetch', signedInGateway());
    const loader = fakeLoader();
    renderAt('/?location=demo', loader);

    const nav = await screen.findByRole('navigation', { name: 'Tjänster på orten' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Dagstavla',
      'Arbetsförmedlingen',
      'Försäkringskassan',
    ]);
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
    expect(links[0]!.getAttribute('href')).toBe('/?location=demo');
    expect(links[2]!.getAttribute('href')).toBe('/?location=demo&remote=caseworker-fk');
    expect(await screen.findByRole('table', { name: 'Dagens besök' })).toBeTruthy();
    expect(screen.queryByTestId('remote-slot-caseworker-af')).toBeNull();
    expect(loader.registered).toEqual(['caseworker_af', 'caseworker_fk']);
    expect(screen.getByTestId('location-name').textContent).toBe('Demo');
  });

  it('lists a remote with an audience only for those roles (the admin remote is not for caseworkers)', async () => {
    const admin: CompositionRemote = {
      id: 'admin',
      scope: 'admin',
      entry: '/remotes/admin/mf-manifest.json',
      module: './App',
      actor: null,
      audience: ['location-admin', 'national-admin'],
      label: { sv: 'Administration', en: 'Administration' },
    };
    const withAdmin = { ...COMPOSITION, remotes: [...COMPOSITION.remotes, admin] };
    const navLabels = async () =>
      within(await screen.findByRole('navigation', { name: 'Tjänster på orten' }))
        .getAllByRole('link')
        .map((link) => link.textContent);

    vi.stubGlobal(
      'fetch',
      signedInGateway(() => json(withAdmin)),
    );
    const first = renderAt('/?location=demo');
    expect(await navLabels()).not.toContain('Administration');
    first.unmount();

    const locationAdmin = { ...CASEWORKER, role: 'location-admin' as const, agency: null };
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        procedures: {
          'auth.config': { data: { devLogin: true } },
          'auth.me': { data: locationAdmin },
          'locations.list': { data: LOCATIONS },
          'visits.day': { data: [] },
        },
        routes: { '/api/composition/demo': () => json(withAdmin) },
      }),
    );
    renderAt('/?location=demo');
    expect(await navLabels()).toContain('Administration');
  });

  it('shows an error panel naming the remote that failed to load, and the rest keeps working', async () => {
    vi.stubGlobal('fetch', signedInGateway());
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/?location=demo&remote=caseworker-af');

    const slot = await screen.findByTestId('remote-slot-caseworker-af');
    const panel = await within(slot).findByRole('alert');
    expect(panel.textContent).toContain('Det gick inte att ladda Arbetsförmedlingen.');
    expect(panel.textContent).toContain('Failed to fetch /remotes/caseworker-af/mf-manifest.json');

    // The shell around it is intact and still navigates.
    expect(screen.getByTestId('shell-user-name').textContent).toBe('Anna Testdemo');
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeTruthy();
    expect(screen.getByLabelText('Välj ort')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Försäkringskassan' }));

    expect((await screen.findByTestId('fk-remote')).textContent).toBe('FK på demo via /trpc');
    expect(window.location.search).toBe('?location=demo&remote=caseworker-fk');
    expect(screen.queryByTestId('remote-error')).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Försäkringskassan' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('opens the remote named in the URL', async () => {
    vi.stubGlobal('fetch', signedInGateway());
    renderAt('/?location=demo&remote=caseworker-fk');

    expect(await screen.findByTestId('fk-remote')).toBeTruthy();
    expect(screen.queryByTestId('remote-slot-caseworker-af')).toBeNull();
  });

  it('puts the chosen location in the URL when "Öppna" is pressed', async () => {
    const fetch = signedInGateway();
    vi.stubGlobal('fetch', fetch);
    // React reports key clashes and the like through console.error.
    const consoleError = vi.spyOn(console, 'error');
    renderAt('/');

    const picker = (await screen.findByLabelText('Välj ort')) as HTMLSelectElement;
    // Preselected: the caseworker's own location.
    await waitFor(() => expect(picker.value).toBe('gavle'));
    expect(screen.queryByRole('navigation')).toBeNull();

    fireEvent.change(picker, { target: { value: 'demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Öppna' }));

    expect(window.location.search).toBe('?location=demo');
    expect(await screen.findByRole('navigation', { name: 'Tjänster på orten' })).toBeTruthy();
    expect(fetch.mock.calls.some(([url]) => String(url) === '/api/composition/demo')).toBe(true);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("reports an unknown location with the gateway's message", async () => {
    vi.stubGlobal(
      'fetch',
      signedInGateway(() => json({ message: 'No location "demo"' }, 404)),
    );
    renderAt('/?location=demo');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kunde inte hämta tjänsterna för orten (demo)');
    expect(alert.textContent).toContain('No location "demo"');
    expect(screen.getByLabelText('Välj ort')).toBeTruthy();
  });

  it('rejects a composition that does not match the contract', async () => {
    const broken = { ...COMPOSITION, remotes: [{ ...COMPOSITION.remotes[0], module: 'App' }] };
    vi.stubGlobal(
      'fetch',
      signedInGateway(() => json(broken)),
    );
    const loader = fakeLoader();
    renderAt('/?location=demo', loader);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ogiltig sammansättning');
    expect(alert.textContent).toContain('remotes[0].module');
    expect(loader.registered).toEqual([]);
  });
});
