import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ MOTESPLATS_DEV_LOGIN: '1', ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('gateway configuration from the environment', () => {
  it.each([
    [{ PORT: 'abc' }, /^PORT: expected a whole number from 0 to 65535/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of fatal, error/],
    [{ MOTESPLATS_DEV_LOGIN: 'yes' }, /^MOTESPLATS_DEV_LOGIN: expected 1, 0, true or false/],
    [{ SESSION_SECRET: 'short' }, /^SESSION_SECRET: expected at least 32 characters/],
    [{ MOTESPLATS_DEV_LOGIN: '0' }, /^SESSION_SECRET: required/],
    [{ NODE_ENV: 'production' }, /^MOTESPLATS_DEV_LOGIN: development login is never allowed/],
    [{ MOTESPLATS_REMOTES_URL: 'ftp://x' }, /^MOTESPLATS_REMOTES_URL: /],
    [
      { MOTESPLATS_CORS_ORIGINS: '*' },
      /^MOTESPLATS_CORS_ORIGINS: expected comma-separated origins/,
    ],
    [
      { MOTESPLATS_CORS_ORIGINS: 'https://a.example/app' },
      /^MOTESPLATS_CORS_ORIGINS: .*got 'https:\/\/a.example\/app'/,
    ],
    [
      { MOTESPLATS_CORS_ORIGINS: 'https://a.example,demo.example' },
      /^MOTESPLATS_CORS_ORIGINS: .*got 'demo.example'/,
    ],
    [{ MOTESPLATS_CORS_ORIGINS: 'ftp://a.example' }, /^MOTESPLATS_CORS_ORIGINS: /],
    [
      { MOTESPLATS_REMOTE_URLS: 'caseworker-fk' },
      /^MOTESPLATS_REMOTE_URLS: expected comma-separated <remote id>=<manifest URL>.*got 'caseworker-fk'/,
    ],
    [
      { MOTESPLATS_REMOTE_URLS: 'caseworker-nasa=https://x.example/mf-manifest.json' },
      /^MOTESPLATS_REMOTE_URLS: no remote 'caseworker-nasa'; known: caseworker-mv/,
    ],
    [
      { MOTESPLATS_REMOTE_URLS: 'caseworker-fk=ftp://x.example/m.json' },
      /^MOTESPLATS_REMOTE_URLS: /,
    ],
  ])('%j is refused with a message naming the variable', (env, message) => {
    expect(problems(env).some((p) => message.test(p))).toBe(true);
  });

  it('has working defaults for the development start', () => {
    const config = loadConfig({ MOTESPLATS_DEV_LOGIN: '1' });
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      devLogin: true,
      cookieSecure: false,
      ephemeralSecret: true,
    });
  });

  it('reads the CORS allowlist as origins, none by default', () => {
    expect(loadConfig({ MOTESPLATS_DEV_LOGIN: '1' }).corsOrigins).toEqual([]);
    expect(
      loadConfig({
        MOTESPLATS_DEV_LOGIN: '1',
        MOTESPLATS_CORS_ORIGINS: ' https://demo.motesplats.example/ , http://localhost:4173,,',
      }).corsOrigins,
    ).toEqual(['https://demo.motesplats.example', 'http://localhost:4173']);
  });

  it("reads remotes served from their own team's host", () => {
    expect(loadConfig({ MOTESPLATS_DEV_LOGIN: '1' }).remoteUrls).toEqual({});
    expect(
      loadConfig({
        MOTESPLATS_DEV_LOGIN: '1',
        MOTESPLATS_REMOTE_URLS: ' caseworker-fk=http://127.0.0.1:4176/mf-manifest.json ,',
      }).remoteUrls,
    ).toEqual({ 'caseworker-fk': 'http://127.0.0.1:4176/mf-manifest.json' });
  });

  it('is secure by default in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ devLogin: false, cookieSecure: true, ephemeralSecret: false });
  });

  it('the process exits with code 2 and names the variable', () => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, PORT: 'abc', MOTESPLATS_DEV_LOGIN: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/PORT: expected a whole number from 0 to 65535/);
  });

  it('exits with code 2 naming MOTESPLATS_CORS_ORIGINS when it is not a list of origins', () => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, MOTESPLATS_CORS_ORIGINS: '*', MOTESPLATS_DEV_LOGIN: '1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/MOTESPLATS_CORS_ORIGINS: expected comma-separated origins/);
  });
});

describe('printing settings', () => {
  const base = { MOTESPLATS_DEV_LOGIN: '1' };

  it('reads MOTESPLATS_PUBLIC_URL without a trailing slash, and defaults to none', () => {
    expect(loadConfig(base).publicUrl).toBeNull();
    expect(
      loadConfig({ ...base, MOTESPLATS_PUBLIC_URL: 'https://demo.motesplats.example/x/' })
        .publicUrl,
    ).toBe('https://demo.motesplats.example/x');
  });

  it.each(['ftp://a.example', 'not a url', 'https://a.example/?x=1', 'https://u:p@a.example'])(
    'refuses MOTESPLATS_PUBLIC_URL=%s by name',
    (value) => {
      expect(() => loadConfig({ ...base, MOTESPLATS_PUBLIC_URL: value })).toThrow(
        /MOTESPLATS_PUBLIC_URL: expected/,
      );
    },
  );

  it('needs 32 characters of MOTESPLATS_SEAL_KEY', () => {
    expect(() => loadConfig({ ...base, MOTESPLATS_SEAL_KEY: 'short' })).toThrow(
      /MOTESPLATS_SEAL_KEY: expected at least 32/,
    );
    expect(loadConfig({ ...base, MOTESPLATS_SEAL_KEY: 'k'.repeat(32) }).sealSecret).toBeInstanceOf(
      Uint8Array,
    );
  });
});
