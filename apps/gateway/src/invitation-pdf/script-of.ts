import type { FontFace } from './fonts.js';

const ZERO_WIDTH_JOINERS = new Set([0x200c, 0x200d]);

/** The face that has a glyph for this code point, or null for a joiner that follows its neighbour. */
export function faceOf(codePoint: number): FontFace | null {
  if (ZERO_WIDTH_JOINERS.has(codePoint)) return null;
  if (
    (codePoint >= 0x0600 && codePoint <= 0x06ff) ||
    (codePoint >= 0x0750 && codePoint <= 0x077f) ||
    (codePoint >= 0x0870 && codePoint <= 0x08ff) ||
    (codePoint >= 0xfb50 && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfefe)
  ) {
    return 'arabic';
  }
  if (
    (codePoint >= 0x1200 && codePoint <= 0x139f) ||
    (codePoint >= 0x2d80 && codePoint <= 0x2ddf) ||
    (codePoint >= 0xab00 && codePoint <= 0xab2f)
  ) {
    return 'ethiopic';
  }
  if (codePoint <= 0xff || (codePoint >= 0x2000 && codePoint <= 0x206f)) return 'latin';
  return 'latinExt';
}

/** One face per UTF-16 unit of `text` (a surrogate pair gets its code point's face twice). */
export function facesOf(text: string): FontFace[] {
  const faces: (FontFace | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    const face = faceOf(codePoint);
    faces.push(face);
    if (codePoint > 0xffff) {
      faces.push(face);
      i++;
    }
  }
  // A joiner takes the face of the letter before it (or after it, at the start).
  for (let i = 0; i < faces.length; i++) {
    if (faces[i] === null)
      faces[i] = faces[i - 1] ?? faces.slice(i).find((f) => f !== null) ?? 'latin';
  }
  return faces as FontFace[];
}
