import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fetchComposition } from './composition';
import { fakeGateway, json } from './test/fakeGateway';
import { CASEWORKER, COMPOSITION, LOCATIONS } from './test/fixtures';

/** A fetch stand-in that answers every request with `answer()`. */
const answering = (answer: () => Response) =>
  vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => answer());

const STATIC = {
  location: { id: 'demo', name: 'Demo' },
  remotes: COMPOSITION.remotes.map((remote) => ({
    ...remote,
    entry: `./remotes/${remote.id}/mf-manifest.json`,
  })),
};

describe('fetchComposition', () => {
  it('asks the gateway when no composition file is configured', async () => {
    const fetch = answering(() => json(COMPOSITION));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchComposition('demo', null)).resolves.toEqual(COMPOSITION);
    expect(String(fetch.mock.calls[0]?.[0])).toBe('/api/composition/demo');
  });

  it("reads a composed deployment's file and resolves remote entries against the file's URL", async () => {
    const fetch = answering(() => json(STATIC));
    vi.stubGlobal('fetch', fetch);
    const composition = await fetchComposition(
      'demo',
      'https://cdn.example/locations/demo/composition.json',
    );
    expect(String(fetch.mock.calls[0]?.[0])).toBe(
      'https://cdn.example/locations/demo/composition.json',
    );
    expect(composition.remotes.map((remote) => remote.entry)).toEqual([
      'https://cdn.example/locations/demo/remotes/caseworker-af/mf-manifest.json',
      'https://cdn.example/locations/demo/remotes/caseworker-fk/mf-manifest.json',
    ]);
    expect(composition.location).toEqual({ id: 'demo', name: 'Demo' });
  });

  it('says which location a composed deployment serves when asked for another', async () => {
    vi.stubGlobal(
      'fetch',
      answering(() => json(STATIC)),
    );
    await expect(fetchComposition('gavle', 'https://cdn.example/composition.json')).rejects.toThrow(
      /sammansatt för orten "demo" \(Demo\); orten "gavle" finns inte här/,
    );
  });

  it('names the file when it is missing or not a composition', async () => {
    vi.stubGlobal(
      'fetch',
      answering(() => new Response('Not Found', { status: 404 })),
    );
    await expect(fetchComposition('demo', 'https://cdn.example/composition.json')).rejects.toThrow(
      'Sammansättningen https://cdn.example/composition.json kunde inte hämtas (HTTP 404)',
    );
    vi.stubGlobal(
      'fetch',
      answering(() => json({ remotes: 'none' })),
    );
    await expect(fetchComposition('demo', 'https://cdn.example/composition.json')).rejects.toThrow(
      /Ogiltig sammansättning/,
    );
  });
});

describe('the shell in a composed deployment', () => {
  it("preselects the deployment's location and loads its composition from the file", async () => {
    vi.stubGlobal('__MOTESPLATS__', { compositionUrl: './composition.json', locationId: 'demo' });
    vi.resetModules();
    const { App } = await import('./App');
    const { RemoteLoaderContext } = await import('./RemoteLoaderContext');
    const fetch = fakeGateway({
      procedures: {
        'auth.config': { data: { devLogin: true } },
        // The user's own location is gavle; the deployment's is demo.
        'auth.me': { data: CASEWORKER },
        'locations.list': { data: LOCATIONS },
      },
      routes: { '/composition.json': () => json(STATIC) },
    });
    vi.stubGlobal('fetch', fetch);
    const registered: string[] = [];
    render(
      <RemoteLoaderContext.Provider
        value={{
          register: (remotes) => registered.push(...remotes.map((remote) => remote.entry)),
          load: () => new Promise(() => {}),
        }}
      >
        <App />
      </RemoteLoaderContext.Provider>,
    );

    const picker = await screen.findByRole('combobox', { name: 'Välj ort' });
    await waitFor(() => expect((picker as HTMLSelectElement).value).toBe('demo'));
    fireEvent.click(screen.getByRole('button', { name: 'Öppna' }));

    expect((await screen.findByTestId('location-name')).textContent).toBe('Demo');
    expect(registered).toEqual([
      `${window.location.origin}/remotes/caseworker-af/mf-manifest.json`,
      `${window.location.origin}/remotes/caseworker-fk/mf-manifest.json`,
    ]);
    const asked = fetch.mock.calls.map(([url]) => String(url));
    expect(asked).toContain(`${window.location.origin}/composition.json`);
    expect(asked.some((url) => url.includes('/api/composition/'))).toBe(false);
  });
});
