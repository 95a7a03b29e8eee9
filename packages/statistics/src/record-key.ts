import { hmacSha256With } from './sha256.js';
import { utf8Encode } from './utf8.js';

/** Record keys are 32-bit: the cell-key sum "mod 1" is then exact integer arithmetic. */
const KEY_SPACE = 2 ** 32;

/**
 * A person's record key for the cell-key method, as the integer numerator of a fraction
 * k / 2^32 in [0, 1): the first 32 bits of HMAC-SHA-256(secret, personKey).
 *
 * Why a keyed hash and not a random number stored with the record: there is no record
 * store in a pure function, and the key must be the same every time the same person is
 * tabulated (that is what makes the noise consistent across tables). Why the secret: a
 * reader who could compute the keys could compute the noise and remove it. The secret is
 * configuration of the statistics producer; rotating it changes every published figure.
 */
export function recordKeyBits(secret: string, personKey: string): number {
  return recordKeyerFor(secret)(personKey);
}

/** `recordKeyBits` with the secret fixed, prepared once: what `perturb` calls per person. */
export function recordKeyerFor(secret: string): (personKey: string) => number {
  const mac = hmacSha256With(utf8Encode(secret));
  return (personKey) => firstWord(mac(utf8Encode(personKey)));
}

function firstWord(mac: Uint8Array): number {
  return (
    (((mac[0] as number) << 24) |
      ((mac[1] as number) << 16) |
      ((mac[2] as number) << 8) |
      (mac[3] as number)) >>>
    0
  );
}

/** The record key as SCB writes it, a number in [0, 1). */
export function recordKey(secret: string, personKey: string): number {
  return recordKeyBits(secret, personKey) / KEY_SPACE;
}

/**
 * A cell's key: the sum of its records' keys, mod 1. Summing the 32-bit numerators mod 2^32
 * is the same thing without floating-point error, so the same persons always give the same
 * cell key, in any order, on any machine.
 */
export function cellKeyOf(recordKeysBits: Iterable<number>): number {
  let sum = 0;
  for (const k of recordKeysBits) sum = addKey(sum, k);
  return keyFraction(sum);
}

/** Adds one record's key to a running cell-key numerator (mod 2^32). */
export function addKey(sum: number, keyBits: number): number {
  return (sum + keyBits) >>> 0;
}

export function keyFraction(bits: number): number {
  return bits / KEY_SPACE;
}
