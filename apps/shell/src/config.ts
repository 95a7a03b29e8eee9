/**
 * Where the gateway is. By default the gateway serves the shell itself, so same-origin relative
 * URLs are right; a build for another host sets VITE_GATEWAY_URL.
 */
const gatewayBase = (import.meta.env.VITE_GATEWAY_URL ?? '').replace(/\/+$/, '');

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
