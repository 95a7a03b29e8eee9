import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { ApiDeps } from '../core/context.js';

/**
 * A personal access code, sealed so the invitation can be printed again with the same code.
 * AES-256-GCM under a key derived with HKDF-SHA256 from the gateway's seal secret
 * (MOTESPLATS_SEAL_KEY, or SESSION_SECRET without one). The household id is the additional
 * authenticated data: a sealed code copied to another household's row does not open.
 * Format: 'v1.<iv>.<ciphertext+tag>', base64url.
 */
const VERSION = 'v1';
const INFO = 'motesplats/access-code-seal/v1';
const SALT = 'motesplats';

function keyOf(secret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32));
}

export function sealAccessCode(secret: Uint8Array, householdId: string, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  cipher.setAAD(Buffer.from(householdId, 'utf8'));
  const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** The code, or null when the seal was made under another key, for another household, or tampered with. */
export function unsealAccessCode(
  secret: Uint8Array,
  householdId: string,
  sealed: string,
): string | null {
  const [version, ivText, bodyText] = sealed.split('.');
  if (version !== VERSION || !ivText || !bodyText) return null;
  try {
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== 12 || body.length < 17) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv);
    decipher.setAAD(Buffer.from(householdId, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    const plain = Buffer.concat([
      decipher.update(body.subarray(0, body.length - 16)),
      decipher.final(),
    ]);
    return plain.toString('utf8');
  } catch {
    return null;
  }
}

/** The secret that seals access codes: MOTESPLATS_SEAL_KEY, or the session secret without one. */
export function sealSecretOf(deps: Pick<ApiDeps, 'sealSecret' | 'sessionSecret'>): Uint8Array {
  return deps.sealSecret ?? deps.sessionSecret;
}
