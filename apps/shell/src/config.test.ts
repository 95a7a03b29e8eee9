import { describe, expect, it, vi } from 'vitest';

// config.ts reads import.meta.env and window.__MOTESPLATS__ once, at import: load a fresh copy
// per case.
async function loadConfig(runtime?: unknown) {
  vi.stubGlobal('__MOTESPLATS__', runtime);
  vi.resetModules();
  return import('./config');
}

describe('gateway URLs', () => {
  it('are same-origin by default', async () => {
    vi.stubEnv('VITE_GATEWAY_URL', '');
    const config = await loadConfig();
    expect(config.TRPC_URL).toBe('/trpc');
    expect(config.gatewayUrl('/api/composition/demo')).toBe('/api/composition/demo');
    expect(config.absoluteGatewayUrl('/remotes/caseworker-af/mf-manifest.json')).toBe(
      `${window.location.origin}/remotes/caseworker-af/mf-manifest.json`,
    );
    expect(config.COMPOSITION_URL).toBeNull();
    expect(config.PRESET_LOCATION_ID).toBeNull();
    expect(config.RUNTIME_CONFIG_PROBLEMS).toEqual([]);
  });

  it('follow VITE_GATEWAY_URL when a build sets it', async () => {
    vi.stubEnv('VITE_GATEWAY_URL', 'https://gateway.example/');
    const config = await loadConfig();
    expect(config.TRPC_URL).toBe('https://gateway.example/trpc');
    expect(config.gatewayUrl('/api/composition/demo')).toBe(
      'https://gateway.example/api/composition/demo',
    );
    expect(config.absoluteGatewayUrl('/remotes/caseworker-af/mf-manifest.json')).toBe(
      'https://gateway.example/remotes/caseworker-af/mf-manifest.json',
    );
    // An entry on a CDN stays where it is.
    expect(config.absoluteGatewayUrl('https://cdn.example/af/mf-manifest.json')).toBe(
      'https://cdn.example/af/mf-manifest.json',
    );
  });

  it("follow runtime-config.js's gatewayUrl over VITE_GATEWAY_URL", async () => {
    vi.stubEnv('VITE_GATEWAY_URL', 'https://build-time.example');
    const config = await loadConfig({ gatewayUrl: 'https://deploy-time.example/' });
    expect(config.TRPC_URL).toBe('https://deploy-time.example/trpc');
    expect(config.absoluteGatewayUrl('/remotes/x/mf-manifest.json')).toBe(
      'https://deploy-time.example/remotes/x/mf-manifest.json',
    );
  });

  it("an empty runtime gatewayUrl means the shell's own origin, whatever the build said", async () => {
    vi.stubEnv('VITE_GATEWAY_URL', 'https://build-time.example');
    const config = await loadConfig({ gatewayUrl: '' });
    expect(config.TRPC_URL).toBe('/trpc');
  });

  it('keep the defaults and report the problem when runtime-config.js is wrong', async () => {
    vi.stubEnv('VITE_GATEWAY_URL', '');
    const config = await loadConfig({ gatewayUrl: 'gateway.example' });
    expect(config.TRPC_URL).toBe('/trpc');
    expect(config.RUNTIME_CONFIG_PROBLEMS).toEqual([
      expect.stringMatching(/^gatewayUrl: expected/),
    ]);
  });
});

describe('a composed deployment', () => {
  it("resolves a relative compositionUrl against the shell's base, not the page", async () => {
    // The gateway (or a static host's SPA fallback) may answer a deep path with index.html.
    window.history.replaceState(null, '', '/some/deep/page?location=demo');
    const config = await loadConfig({ compositionUrl: './composition.json', locationId: 'demo' });
    expect(config.COMPOSITION_URL).toBe(`${window.location.origin}/composition.json`);
    expect(config.PRESET_LOCATION_ID).toBe('demo');
  });

  it('keeps an absolute compositionUrl', async () => {
    const config = await loadConfig({
      compositionUrl: 'https://cdn.example/demo/composition.json',
    });
    expect(config.COMPOSITION_URL).toBe('https://cdn.example/demo/composition.json');
  });
});
