import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type AccessCode = { code: string; lookup: string; secretHash: string };

/**
 * A personal access code: four groups of four, e.g. 'K7QH-2M9T-XW4D-8RCE'. The first group
 * finds the household (and counts failed tries per household); the other twelve characters are
 * the secret, 60 bits, stored only as a hash.
 */
export function newAccessCode(): AccessCode {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return fromNormalised(chars);
}

/** The code a person typed or scanned, in the one form we compare: 16 characters, no dashes. */
export function normaliseAccessCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(cleaned) ? cleaned : null;
}

function hashSecret(lookup: string, secret: string): string {
  return createHash('sha256').update(`${lookup}:${secret}`).digest('hex');
}

function fromNormalised(chars: string): AccessCode {
  const lookup = chars.slice(0, 4);
  const groups = chars.match(/.{4}/g)!.join('-');
  return { code: groups, lookup, secretHash: hashSecret(lookup, chars.slice(4)) };
}

/** A known code, e.g. the demo households' printed ones. */
export function accessCodeFrom(input: string): AccessCode | null {
  const normalised = normaliseAccessCode(input);
  return normalised ? fromNormalised(normalised) : null;
}

export function secretMatches(normalised: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashSecret(normalised.slice(0, 4), normalised.slice(4)), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
