import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { signSessionToken, verifySessionToken } from '../src/auth/session-token.js';
import { SECRET, userFor } from './support.js';

describe('session tokens', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  const user = userFor('caseworker');

  it('round-trips the user', async () => {
    const token = await signSessionToken(user, SECRET, 3600, now);
    expect(await verifySessionToken(token, SECRET, now)).toEqual(user);
  });

  it('is no session once expired', async () => {
    const token = await signSessionToken(user, SECRET, 3600, now);
    expect(await verifySessionToken(token, SECRET, new Date(now.getTime() + 3601_000))).toBeNull();
  });

  it('is no session when signed with another secret or tampered with', async () => {
    const token = await signSessionToken(user, SECRET, 3600, now);
    expect(
      await verifySessionToken(token, new TextEncoder().encode('x'.repeat(40)), now),
    ).toBeNull();
    const [h, , s] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ user: { ...user, role: 'national-admin' } }),
    ).toString('base64url');
    expect(await verifySessionToken(`${h}.${forged}.${s}`, SECRET, now)).toBeNull();
  });

  it('is no session when the payload is not a valid user', async () => {
    const token = await new SignJWT({ user: { id: 'x', role: 'emperor' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('motesplats-gateway')
      .setAudience('motesplats')
      .setExpirationTime('1h')
      .sign(SECRET);
    expect(await verifySessionToken(token, SECRET, new Date())).toBeNull();
  });

  it('is no session when there is no token', async () => {
    expect(await verifySessionToken(null, SECRET, now)).toBeNull();
    expect(await verifySessionToken('garbage', SECRET, now)).toBeNull();
  });
});
