import { parseRuntimeConfig } from './runtime-config';

/**
 * Deploy-time settings (runtime-config.js, see runtime-config.ts), read once at start. A bad file
 * leaves the defaults in place and its problems here; main.tsx shows them instead of the app.
 */
const runtime = parseRuntimeConfig(
  typeof window === 'undefined' ? undefined : window.__MOTESPLATS__,
);
export const RUNTIME_CONFIG_PROBLEMS: readonly string[] = runtime.problems;

/**
 * Where the gateway is. By default the gateway serves the shell itself, so same-origin relative
 * URLs are right. runtime-config.js's `gatewayUrl` decides at deploy time; failing that, a build
 * for another host sets VITE_GATEWAY_URL.
 */
const gatewayBase = (runtime.config.gatewayUrl ?? import.meta.env.VITE_GATEWAY_URL ?? '').replace(
  /\/+$/,
  '',
);

/** A gateway path ('/trpc') as the browser should request it. */
export function gatewayUrl(path: string): string {
  return `${gatewayBase}${path}`;
}

/**
 * An absolute URL for a path the gateway handed out (e.g. a remote's manifest entry). The
 * federation runtime derives a remote's publicPath from its manifest URL, so it must be absolute.
 */
export function absoluteGatewayUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, gatewayBase ? `${gatewayBase}/` : window.location.href).href;
}

export const TRPC_URL = gatewayUrl('/trpc');

/**
 * The shell's own base URL, where index.html, runtime-config.js and (in a composed deployment)
 * composition.json live. Not the page's URL: the gateway answers any path with index.html.
 */
function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/**
 * A static composition manifest to load instead of GET /api/composition/:location (absolute), or
 * null to ask the gateway. Its remotes' entries are relative to this URL.
 */
export const COMPOSITION_URL: string | null = runtime.config.compositionUrl
  ? new URL(runtime.config.compositionUrl, appBaseUrl()).href
  : null;

/** The location this deployment is for, if it says: the location picker preselects it. */
export const PRESET_LOCATION_ID: string | null = runtime.config.locationId ?? null;
