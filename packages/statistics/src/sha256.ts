/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104) in plain TypeScript. The package must run
 * in the browser and on the server without `node:crypto`, and Web Crypto is asynchronous;
 * the cell-key method needs a keyed hash that nobody without the secret can predict, which a
 * 32-bit FNV hash is not. Tested against the FIPS and RFC 4231 vectors and node:crypto.
 */
// Int32Array throughout: values stay 32-bit integers (no doubles above 2^31) and stores wrap.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const IV = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** One compression: folds the 64-byte block at `offset` of `view` into `state`. */
function compress(state: Int32Array, view: DataView, offset: number, w: Int32Array): void {
  for (let t = 0; t < 16; t++) w[t] = view.getInt32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
    w[t] = (w[t - 16] as number) + s0 + (w[t - 7] as number) + s1;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t++) {
    const t1 =
      (h +
        (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
        ((e & f) ^ (~e & g)) +
        (K[t] as number) +
        (w[t] as number)) |
      0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  // Int32Array stores modulo 2^32, so the additions need no explicit wrap.
  state[0] = (state[0] as number) + a;
  state[1] = (state[1] as number) + b;
  state[2] = (state[2] as number) + c;
  state[3] = (state[3] as number) + d;
  state[4] = (state[4] as number) + e;
  state[5] = (state[5] as number) + f;
  state[6] = (state[6] as number) + g;
  state[7] = (state[7] as number) + h;
}

/**
 * Finishes a hash that started from `state` after `prefixLength` bytes (a multiple of 64)
 * had already been compressed into it. HMAC uses this to compress its two padded keys once
 * per secret instead of once per record.
 */
function finish(initial: Int32Array, prefixLength: number, message: Uint8Array): Uint8Array {
  // Padding: a 1 bit, zeros, and the total bit length as a 64-bit big-endian number.
  const blocks = Math.ceil((message.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = (prefixLength + message.length) * 8;
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const state = Int32Array.from(initial);
  const w = new Int32Array(64);
  for (let block = 0; block < blocks; block++) compress(state, view, block * 64, w);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  state.forEach((word, i) => outView.setInt32(i * 4, word));
  return out;
}

export function sha256(message: Uint8Array): Uint8Array {
  return finish(IV, 0, message);
}

/** HMAC-SHA-256 with the key fixed: the function to call once per record. */
export function hmacSha256With(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const pad = (byte: number) => {
    const padded = Uint8Array.from(block, (b) => b ^ byte);
    const state = Int32Array.from(IV);
    compress(state, new DataView(padded.buffer), 0, new Int32Array(64));
    return state;
  };
  const inner = pad(0x36);
  const outer = pad(0x5c);
  return (message) => finish(outer, 64, finish(inner, 64, message));
}

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmacSha256With(key)(message);
}
