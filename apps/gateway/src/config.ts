import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseDatabaseUrl } from '@motesplats/db';
import { remoteUrls } from './remote-urls.js';

const flag = (name: string) =>
  z
    .enum(['1', '0', 'true', 'false'], { message: `${name}: expected 1, 0, true or false` })
    .optional()
    .transform((value) => value === '1' || value === 'true');

const CORS_EXPECTED =
  'MOTESPLATS_CORS_ORIGINS: expected comma-separated origins such as https://demo.motesplats.example,http://localhost:4173 (scheme, host and port only; no path, no *)';

/** 'https://a.example, http://localhost:4173' -> the origins, each exactly as a browser sends it. */
const corsOrigins = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const items = (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const origins: string[] = [];
    for (const item of items) {
      let url: URL | null = null;
      try {
        url = new URL(item);
      } catch {
        url = null;
      }
      // An origin has no path, query or credentials; 'https://a.example/' is accepted as written.
      if (
        !url ||
        (url.protocol !== 'http:' && url.protocol !== 'https:') ||
        item.replace(/\/$/, '').toLowerCase() !== url.origin
      ) {
        ctx.addIssue({ code: 'custom', message: `${CORS_EXPECTED}; got '${item}'` });
        continue;
      }
      if (!origins.includes(url.origin)) origins.push(url.origin);
    }
    return origins;
  });

const PUBLIC_URL_EXPECTED =
  'MOTESPLATS_PUBLIC_URL: expected the public http(s) base URL of the gateway, e.g. https://demo.motesplats.example (an optional path, no query, no fragment, no credentials)';

/** 'https://a.example/base/' -> 'https://a.example/base': where printed links point. */
const publicUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return null;
    let url: URL | null = null;
    try {
      url = new URL(value.trim());
    } catch {
      url = null;
    }
    if (
      !url ||
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.search !== '' ||
      url.hash !== '' ||
      url.username !== '' ||
      url.password !== '' ||
      value.includes('?') ||
      value.includes('#')
    ) {
      ctx.addIssue({ code: 'custom', message: `${PUBLIC_URL_EXPECTED}; got '${value}'` });
      return null;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

const EnvSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    PORT: z.coerce
      .number({
        message: 'PORT: expected a whole number from 0 to 65535 (0 picks a free port), e.g. 3000',
      })
      .int('PORT: expected a whole number from 0 to 65535 (0 picks a free port), e.g. 3000')
      .min(0, 'PORT: expected a whole number from 0 to 65535 (0 picks a free port), e.g. 3000')
      .max(65535, 'PORT: expected a whole number from 0 to 65535 (0 picks a free port), e.g. 3000')
      .default(3000),
    HOST: z
      .string()
      .min(1, 'HOST: expected a host name or address, e.g. localhost or 0.0.0.0')
      .default('localhost'),
    DATABASE_URL: z.string().optional(),
    SESSION_SECRET: z
      .string()
      .min(32, 'SESSION_SECRET: expected at least 32 characters of random text')
      .optional(),
    MOTESPLATS_SEAL_KEY: z
      .string()
      .min(32, 'MOTESPLATS_SEAL_KEY: expected at least 32 characters of random text')
      .optional(),
    MOTESPLATS_PUBLIC_URL: publicUrl,
    SESSION_TTL_MINUTES: z.coerce
      .number({ message: 'SESSION_TTL_MINUTES: expected a whole number of minutes from 5 to 1440' })
      .int('SESSION_TTL_MINUTES: expected a whole number of minutes from 5 to 1440')
      .min(5, 'SESSION_TTL_MINUTES: expected a whole number of minutes from 5 to 1440')
      .max(1440, 'SESSION_TTL_MINUTES: expected a whole number of minutes from 5 to 1440')
      .default(720),
    MOTESPLATS_DEV_LOGIN: flag('MOTESPLATS_DEV_LOGIN'),
    COOKIE_SECURE: z
      .enum(['1', '0', 'true', 'false'], { message: 'COOKIE_SECURE: expected 1, 0, true or false' })
      .optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    MOTESPLATS_STATIC_DIR: z.string().optional(),
    MOTESPLATS_REMOTES_URL: z
      .string()
      .regex(
        /^(\/|https?:\/\/)/,
        'MOTESPLATS_REMOTES_URL: expected a path such as /remotes or an http(s) URL',
      )
      .default('/remotes'),
    MOTESPLATS_CORS_ORIGINS: corsOrigins,
    MOTESPLATS_REMOTE_URLS: remoteUrls,
    SHUTDOWN_GRACE_MS: z.coerce
      .number({ message: 'SHUTDOWN_GRACE_MS: expected milliseconds from 0 to 120000' })
      .int('SHUTDOWN_GRACE_MS: expected milliseconds from 0 to 120000')
      .min(0, 'SHUTDOWN_GRACE_MS: expected milliseconds from 0 to 120000')
      .max(120_000, 'SHUTDOWN_GRACE_MS: expected milliseconds from 0 to 120000')
      .default(10_000),
  })
  .superRefine((env, ctx) => {
    try {
      parseDatabaseUrl(env.DATABASE_URL);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: (error as Error).message });
    }
    const production = env.NODE_ENV === 'production';
    if (production && env.MOTESPLATS_DEV_LOGIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['MOTESPLATS_DEV_LOGIN'],
        message:
          'MOTESPLATS_DEV_LOGIN: development login is never allowed with NODE_ENV=production; unset it or set 0',
      });
    }
    if (!env.SESSION_SECRET && !env.MOTESPLATS_DEV_LOGIN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message:
          'SESSION_SECRET: required (at least 32 characters of random text) unless MOTESPLATS_DEV_LOGIN=1',
      });
    }
  });

export type GatewayConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  sessionSecret: Uint8Array;
  /** True when the secret was generated for this process: sessions end with it. */
  ephemeralSecret: boolean;
  /**
   * Seals the personal access codes kept for reprinting invitations; null: the session secret
   * does (docs/adr/0006-printable-access-codes.md).
   */
  sealSecret: Uint8Array | null;
  /** Public base URL for links printed on paper (the invitation's QR code); null: the request's origin. */
  publicUrl: string | null;
  sessionTtlSeconds: number;
  devLogin: boolean;
  cookieSecure: boolean;
  logLevel: string;
  /** Folder holding the built apps (apps/<name>/dist), or null to serve no frontends. */
  staticDir: string | null;
  remotesUrl: string;
  /** Remotes served from their own team's host: remote id -> mf-manifest.json URL. */
  remoteUrls: Readonly<Record<string, string>>;
  /**
   * Origins other than the gateway's own that may call it with the session cookie (CORS with
   * credentials), e.g. where a location's composed frontends are hosted. Empty: same origin only.
   */
  corsOrigins: string[];
  shutdownGraceMs: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Reads and checks the environment once; every problem is reported, not just the first. */
export function loadConfig(env: Record<string, string | undefined>): GatewayConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ? new TextEncoder().encode(e.SESSION_SECRET) : randomBytes(32),
    ephemeralSecret: !e.SESSION_SECRET,
    sealSecret: e.MOTESPLATS_SEAL_KEY ? new TextEncoder().encode(e.MOTESPLATS_SEAL_KEY) : null,
    publicUrl: e.MOTESPLATS_PUBLIC_URL,
    sessionTtlSeconds: e.SESSION_TTL_MINUTES * 60,
    devLogin: e.MOTESPLATS_DEV_LOGIN,
    cookieSecure: e.COOKIE_SECURE
      ? e.COOKIE_SECURE === '1' || e.COOKIE_SECURE === 'true'
      : production,
    logLevel: e.LOG_LEVEL,
    staticDir:
      e.MOTESPLATS_STATIC_DIR === 'none' ? null : (e.MOTESPLATS_STATIC_DIR ?? DEFAULT_STATIC_DIR),
    remotesUrl: e.MOTESPLATS_REMOTES_URL.replace(/\/$/, ''),
    corsOrigins: e.MOTESPLATS_CORS_ORIGINS,
    remoteUrls: e.MOTESPLATS_REMOTE_URLS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
