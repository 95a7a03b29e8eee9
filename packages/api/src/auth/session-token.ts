import { SignJWT, jwtVerify, errors } from 'jose';
import { SessionUser } from '@motesplats/contracts';

const ISSUER = 'motesplats-gateway';
const AUDIENCE = 'motesplats';

/** The session is a signed token in an httpOnly cookie: the gateway stays stateless. */
export async function signSessionToken(
  user: SessionUser,
  secret: Uint8Array,
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ user })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
}

/** A missing, tampered, expired or malformed token is simply no session. */
export async function verifySessionToken(
  token: string | null | undefined,
  secret: Uint8Array,
  now: Date,
): Promise<SessionUser | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      algorithms: ['HS256'],
    });
    const parsed = SessionUser.safeParse(payload.user);
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
