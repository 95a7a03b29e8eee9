import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256 } from '../src/sha256.js';
import { utf8Encode } from '../src/utf8.js';
import { recordKeyBits } from '../src/index.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('FIPS 180 vector %j', (message, digest) => {
    expect(hex(sha256(ascii(message)))).toBe(digest);
  });

  it('a million a’s', () => {
    expect(hex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto on every length around the block boundaries', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha256(bytes)), `length ${n}`).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
  });
});

describe('hmacSha256', () => {
  it.each([
    // RFC 4231 test cases 1, 2 and 6 (a key longer than the block is hashed first).
    [
      new Uint8Array(20).fill(0x0b),
      ascii('Hi There'),
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    ],
    [
      ascii('Jefe'),
      ascii('what do ya want for nothing?'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    ],
    [
      new Uint8Array(131).fill(0xaa),
      ascii('Test Using Larger Than Block-Size Key - Hash Key First'),
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    ],
  ])('RFC 4231 vector %#', (key, data, mac) => {
    expect(hex(hmacSha256(key, data))).toBe(mac);
  });

  it('agrees with node:crypto on random keys and messages', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ maxLength: 150 }),
        (key, message) => {
          expect(hex(hmacSha256(utf8Encode(key), utf8Encode(message)))).toBe(
            createHmac('sha256', key).update(message).digest('hex'),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('utf8Encode', () => {
  it('matches TextEncoder, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
        expect([...utf8Encode(text)]).toEqual([...new TextEncoder().encode(text)]);
      }),
      { numRuns: 1000 },
    );
    expect([...utf8Encode('Gävle \u{1F600} \ud800')]).toEqual([
      ...new TextEncoder().encode('Gävle \u{1F600} \ud800'),
    ]);
  });
});

describe('recordKeyBits', () => {
  it('is the first 32 bits of HMAC-SHA-256(secret, personKey), big-endian', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (secret, person) => {
        expect(recordKeyBits(secret, person)).toBe(
          createHmac('sha256', secret).update(person).digest().readUInt32BE(0),
        );
      }),
      { numRuns: 300 },
    );
  });
});
