import bidiModule from 'bidi-js';
import { facesOf } from './script-of.js';
import type { FontFace } from './fonts.js';

type Bidi = ReturnType<typeof bidiModule.default>;
// bidi-js is CommonJS with an `exports.default` factory: Node hands ESM the exports object.
const bidiFactory =
  (bidiModule as unknown as { default?: () => Bidi }).default ??
  (bidiModule as unknown as () => Bidi);
const bidi = bidiFactory();

/** A piece of one line in one face and one direction, in the order it is drawn, left to right. */
export type VisualRun = {
  face: FontFace;
  /** The characters in logical (reading) order. */
  text: string;
  rtl: boolean;
};

/**
 * A line of text in logical order -> its runs in visual order, by the Unicode bidirectional
 * algorithm (bidi-js) with `direction` as the paragraph direction. Each run is one face and one
 * embedding direction; its characters stay in logical order, so the shaper (fontkit) sees whole
 * Arabic words and joins their letters. The drawing step puts each run's glyphs right to left.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl'): VisualRun[] {
  if (line === '') return [];
  const levels = bidi.getEmbeddingLevels(line, direction);
  const order = bidi.getReorderedIndices(line, levels);
  const faces = facesOf(line);
  const runs: VisualRun[] = [];
  let start = 0;
  while (start < order.length) {
    const first = order[start]!;
    const level = levels.levels[first]!;
    const rtl = level % 2 === 1;
    const step = rtl ? -1 : 1;
    let end = start + 1;
    while (
      end < order.length &&
      order[end] === order[end - 1]! + step &&
      levels.levels[order[end]!] === level &&
      faces[order[end]!] === faces[first]
    ) {
      end++;
    }
    const a = order[start]!;
    const b = order[end - 1]!;
    runs.push({ face: faces[first]!, text: line.slice(Math.min(a, b), Math.max(a, b) + 1), rtl });
    start = end;
  }
  return runs;
}

/** A right-to-left run of neutrals in a Latin face, written out visually: reversed, brackets mirrored. */
export function mirroredReverse(text: string): string {
  return [...text]
    .reverse()
    .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
    .join('');
}
