import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { init } from '@module-federation/runtime';
import { App } from './App';
import { remoteRequest } from './federation';
import { fakeGateway, json } from './test/fakeGateway';
import { CASEWORKER, COMPOSITION, LOCATIONS } from './test/fixtures';

describe('remoteRequest', () => {
  it.each([
    [{ scope: 'caseworker_af', module: './App' }, 'caseworker_af/App'],
    [{ scope: 'admin', module: './pages/Settings' }, 'admin/pages/Settings'],
  ])('turns %j into %s', (remote, request) => {
    expect(remoteRequest(remote)).toBe(request);
  });
});

describe('the Module Federation loader', () => {
  // In the browser @module-federation/vite initialises the host's runtime; here the test does.
  beforeAll(() => {
    init({ name: 'shell_test', remotes: [] });
  });

  it('fetches the manifest from the composition entry and shows the error panel when it is missing', async () => {
    const fetch = fakeGateway({
      procedures: {
        'auth.config': { data: { devLogin: true } },
        'auth.me': { data: CASEWORKER },
        'locations.list': { data: LOCATIONS },
      },
      routes: {
        '/api/composition/demo': () => json(COMPOSITION),
        '/remotes/caseworker-af/mf-manifest.json': () => new Response('Not Found', { status: 404 }),
      },
    });
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    window.history.replaceState(null, '', '/?location=demo&remote=caseworker-af');

    render(<App />);

    const slot = await screen.findByTestId('remote-slot-caseworker-af', undefined, {
      timeout: 3000,
    });
    const panel = await within(slot).findByRole('alert', undefined, { timeout: 3000 });
    expect(panel.textContent).toContain('Det gick inte att ladda Arbetsförmedlingen.');
    // The runtime asked for the manifest at the absolute URL of the composition's entry.
    expect(fetch.mock.calls.map(([url]) => String(url))).toContain(
      new URL('/remotes/caseworker-af/mf-manifest.json', window.location.href).href,
    );
    expect(screen.getByTestId('shell-user-name').textContent).toBe('Anna Testdemo');
  });
});
