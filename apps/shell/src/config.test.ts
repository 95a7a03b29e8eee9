import { describe, expect, it, vi } from 'vitest';

// config.ts reads import.meta.env once, at import: load a fresh copy per case.
async function loadConfig() {
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
});
