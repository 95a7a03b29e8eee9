import { z } from 'zod';

/**
 * Settings chosen when the shell is deployed, not when it is built. They come from
 * `runtime-config.js`, a classic script that index.html loads before the app and that sets
 * `window.__MOTESPLATS__`. The file shipped in public/ leaves everything unset; a deployment
 * (e.g. `npm run compose`) writes its own.
 *
 * - `gatewayUrl`: base URL of the gateway ('' = the shell's own origin). Wins over the build's
 *   VITE_GATEWAY_URL.
 * - `compositionUrl`: a static composition manifest (e.g. './composition.json') to load instead
 *   of the gateway's /api/composition/:location. A relative URL is resolved against the shell's
 *   base (where index.html and runtime-config.js are), not against the page's URL.
 * - `locationId`: the location this deployment is for; the location picker preselects it.
 */
export type RuntimeConfig = {
  gatewayUrl?: string;
  compositionUrl?: string;
  locationId?: string;
};

const GATEWAY_URL_EXPECTED =
  "expected '' (the shell's own origin) or an http(s) URL such as https://gateway.example";

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash;
  } catch {
    return false;
  }
}

const RuntimeConfigSchema = z.strictObject({
  gatewayUrl: z
    .string({ message: `gatewayUrl: ${GATEWAY_URL_EXPECTED}` })
    .refine((value) => value === '' || isHttpUrl(value), `gatewayUrl: ${GATEWAY_URL_EXPECTED}`)
    .optional(),
  compositionUrl: z
    .string({ message: "compositionUrl: expected a URL such as './composition.json'" })
    .min(1, "compositionUrl: expected a URL such as './composition.json'")
    .optional(),
  locationId: z
    .string({ message: 'locationId: expected a location id (a-z, 0-9 and hyphens)' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'locationId: expected a location id (a-z, 0-9 and hyphens)')
    .optional(),
});

export type RuntimeConfigResult = { config: RuntimeConfig; problems: string[] };

/**
 * Reads `window.__MOTESPLATS__`. Unset (no runtime-config.js, as in tests) means defaults. Every
 * problem is reported, naming the field; a bad config yields the defaults plus the problems, so
 * the caller decides whether to go on.
 */
export function parseRuntimeConfig(value: unknown): RuntimeConfigResult {
  if (value === undefined || value === null) return { config: {}, problems: [] };
  const parsed = RuntimeConfigSchema.safeParse(value);
  if (parsed.success) return { config: parsed.data, problems: [] };
  return {
    config: {},
    problems: parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown setting ${issue.keys.map((key) => `'${key}'`).join(', ')}: expected gatewayUrl, compositionUrl or locationId`
        : issue.path.length === 0
          ? 'expected an object such as { gatewayUrl: "" }'
          : issue.message,
    ),
  };
}
